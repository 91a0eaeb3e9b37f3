using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy
{
    public class BuiltPolicyDocumentTests
    {
        [Fact]
        public void ShowsBothFormsAndTheSizeAwsCountsForItsType()
        {
            var document = OsAccessRolePolicyBuilder.Build("111122223333");

            var built = new BuiltPolicyDocument("OSAccessPolicy", PolicyType.RoleInline, document);

            Assert.Equal(PolicyJsonWriter.Write(document, PolicyJsonStyle.Indented), built.Json);
            Assert.Equal(PolicyJsonWriter.Write(document, PolicyJsonStyle.Minified), built.MinifiedJson);
            Assert.Equal(built.Json, built.ToString());
            Assert.Equal(PolicySizeCounter.Measure(document, PolicyType.RoleInline).Written, built.Size);
            Assert.Equal(10240, built.SizeLimit);
        }

        [Fact]
        public void WhiteSpaceInsideValuesCountsForOrganizationsButNotForIam()
        {
            var document = new PolicyDocument
            {
                Version = PolicyDocument.CurrentVersion,
                Statements = new[] { new PolicyStatement { Effect = "Deny", Action = StatementLists.Of("ssm:StartSession"), Resource = StatementLists.Of("arn:aws:s3:::a b c") } },
            };

            var scp = new BuiltPolicyDocument("Scp", PolicyType.ServiceControl, document);
            var identity = new BuiltPolicyDocument("Identity", PolicyType.Identity, document);

            Assert.Equal(scp.MinifiedJson.Length, scp.Size);
            Assert.Equal(scp.Size - 2, identity.Size);
            Assert.Equal(5120, scp.SizeLimit);
            Assert.Equal(6144, identity.SizeLimit);
        }
    }
}
