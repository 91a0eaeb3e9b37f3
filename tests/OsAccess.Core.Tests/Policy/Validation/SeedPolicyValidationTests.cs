using System.Linq;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>The seed blog post's policies (examples/seed/) through the validator.</summary>
    public class SeedPolicyValidationTests
    {
        /// <summary>The seed's OSAccessPolicy with the missing '}' of the TerminateAndResumeSession statement's Condition block
        /// added on a line of its own after line 29; every later line moves down by one.</summary>
        private static string OsAccessPolicyWithConditionClosed
        {
            get
            {
                var lines = SeedFiles.OsAccessPolicy.Split('\n').ToList();
                lines.Insert(29, "            }");
                return string.Join("\n", lines);
            }
        }

        [Fact]
        public void SeedOsAccessPolicyAsPrintedIsAParseErrorAtItsUnclosedConditionBlock()
        {
            var finding = Assert.Single(PolicyValidator.Validate(SeedFiles.OsAccessPolicy, PolicyType.Identity));

            Assert.Equal("ParseError", finding.Id);
            Assert.Equal(PolicyFindingSeverity.Error, finding.Severity);
            Assert.Equal(new SourcePosition(24, 26), finding.Position);
            Assert.Contains("Condition", finding.Message);
        }

        [Fact]
        public void SeedOsAccessPolicyWithItsConditionClosedHasTheCaseOnlySidClashAndTheAccountPlaceholders()
        {
            var findings = PolicyValidator.Validate(OsAccessPolicyWithConditionClosed, PolicyType.Identity);

            Assert.Collection(findings,
                f =>
                {
                    Assert.Equal(("DuplicateSidIgnoringCase", PolicyFindingSeverity.Warning), (f.Id, f.Severity));
                    Assert.Equal(new SourcePosition(52, 20), f.Position);
                    Assert.Equal((5, "SSMStartSession"), (f.StatementNumber, f.Sid));
                    Assert.Contains("\"SsmStartSession\"", f.Message);
                },
                f =>
                {
                    Assert.Equal(("Placeholder", PolicyFindingSeverity.Error), (f.Id, f.Severity));
                    Assert.Equal(new SourcePosition(58, 17), f.Position);
                    Assert.Contains("\"account-id\"", f.Message);
                    Assert.Equal(5, f.StatementNumber);
                },
                f =>
                {
                    Assert.Equal("Placeholder", f.Id);
                    Assert.Equal(new SourcePosition(59, 17), f.Position);
                    Assert.Contains("arn:aws:ssm:*:account-id:managed-instance/*", f.Message);
                });
        }

        [Fact]
        public void SeedOsAccessPolicyWithItsConditionClosedFitsEveryIdentityQuota()
        {
            foreach (var type in new[] { PolicyType.Identity, PolicyType.RoleInline })
            {
                Assert.DoesNotContain(PolicyValidator.Validate(OsAccessPolicyWithConditionClosed, type), f => f.Id.StartsWith("Size"));
            }
        }

        [Fact]
        public void SeedGuardrailScpIsAValidScp()
        {
            Assert.Empty(PolicyValidator.Validate(SeedFiles.GuardrailScp, PolicyType.ServiceControl));
        }

        [Fact]
        public void SeedGuardrailScpIsNoIdentityPolicyProblemEither()
        {
            Assert.Empty(PolicyValidator.Validate(SeedFiles.GuardrailScp, PolicyType.Identity));
        }

        [Fact]
        public void SeedGrantOnlyWarnsAboutTheDocumentationAccountId()
        {
            var finding = Assert.Single(PolicyValidator.Validate(SeedFiles.AssumeRoleGrant, PolicyType.UserInline));

            Assert.Equal(("SampleAccountId", PolicyFindingSeverity.Warning), (finding.Id, finding.Severity));
            Assert.Equal(new SourcePosition(7, 25), finding.Position);
            Assert.Equal(1, finding.StatementNumber);
            Assert.Null(finding.Sid);
            Assert.True(PolicyValidator.IsValid(new[] { finding }));
        }

        [Fact]
        public void SeedGrantInATrustPolicyIsMissingItsPrincipalAndHasAResourceItMayNotHave()
        {
            var ids = PolicyValidator.Validate(SeedFiles.AssumeRoleGrant, PolicyType.Trust).Select(f => f.Id).ToList();

            Assert.Contains("MissingPrincipal", ids);
            Assert.Contains("ResourceNotSupported", ids);
        }

        [Fact]
        public void ParsedSeedDocumentValidatesLikeItsText()
        {
            var document = PolicyParser.Parse(OsAccessPolicyWithConditionClosed);

            var fromDocument = PolicyValidator.Validate(document, PolicyType.Identity).Select(f => (f.Id, f.Position));
            var fromText = PolicyValidator.Validate(OsAccessPolicyWithConditionClosed, PolicyType.Identity).Select(f => (f.Id, f.Position));

            Assert.Equal(fromText, fromDocument);
        }
    }
}
