using System;
using System.Linq;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy
{
    public class DocumentQuotaTests
    {
        private static readonly AccessWindow Window = AccessWindow.Create(
            new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.Zero));

        private static string[] Accounts(int count) => Enumerable.Range(0, count).Select(i => (100000000000L + i).ToString()).ToArray();

        private static BuiltPolicyDocument Grant(int accounts, string role = "OSAccess") =>
            DocumentQuota.Require(
                new BuiltPolicyDocument("OSAccessGrant", PolicyType.UserInline, AssumeRoleGrantBuilder.Build(Accounts(accounts), Window, role)),
                AssumeRoleGrantBuilder.QuotaAdvice);

        [Fact]
        public void AGrantForFortyFourAccountsIsRefusedNamingTheQuotaAndHowItCounts()
        {
            var error = Assert.Throws<DocumentQuotaExceededException>(() => Grant(44));

            Assert.StartsWith("OSAccessGrant is 2,109 characters (white space not counted), over the 2,048 AWS allows for all of a user's inline policies together " +
                "(quota \"Inline policies of a user, all together\", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).", error.Message);
            Assert.Contains("Name at most 42 accounts in one grant", error.Message);
            Assert.Contains("splitting the accounts over several of them does not help", error.Message);
            Assert.Equal(2109, error.Document.Size);
        }

        [Theory]
        [InlineData("OSAccess")]
        [InlineData("A")]
        [InlineData("A-role-name-that-is-exactly-sixty-four-characters-long-012345678")]
        public void TheAccountsTheAdviceNamesFitAndOneMoreDoesNot(string role)
        {
            var advice = Assert.Throws<DocumentQuotaExceededException>(() => Grant(200, role)).Advice;
            var fit = int.Parse(advice.Split(' ')[3]);

            Assert.True(Grant(fit, role).Size <= 2048);
            Assert.Throws<DocumentQuotaExceededException>(() => Grant(fit + 1, role));
        }

        [Fact]
        public void AnScpOverItsQuotaIsRefusedWithAdviceThatFitsAnScp()
        {
            var actions = Enumerable.Range(0, 300).Select(i => $"ssm:StartSomething{i}").ToArray();
            var options = new GuardrailScpOptions { DeniedActions = actions };
            var scp = GuardrailScpBuilder.Build(options);

            var error = Assert.Throws<DocumentQuotaExceededException>(() =>
                DocumentQuota.Require(new BuiltPolicyDocument("GuardrailScp", PolicyType.ServiceControl, scp), GuardrailScpBuilder.QuotaAdvice(options)));

            Assert.Contains("(white space included), over the 5,120 AWS allows for a service control policy", error.Message);
            Assert.Contains("orgs_reference_limits.html", error.Message);
            Assert.Contains("split the denied actions over two guardrail SCPs", error.Message);
            Assert.Contains("up to 5 SCPs may be attached to each", error.Message);
        }

        [Fact]
        public void ATrustPolicyIsRefusedOnlyPastWhatAQuotaIncreaseAllows()
        {
            PolicyDocument Trusting(int principals) => new PolicyDocument
            {
                Version = PolicyDocument.CurrentVersion,
                Statements = new[]
                {
                    new PolicyStatement
                    {
                        Effect = "Allow",
                        Principal = PolicyPrincipal.Aws(Accounts(principals).Select(a => $"arn:aws:iam::{a}:root").ToArray()),
                        Action = StatementLists.Of("sts:AssumeRole"),
                    },
                },
            };
            BuiltPolicyDocument Check(int principals) => DocumentQuota.Require(
                new BuiltPolicyDocument("OSAccessTrustPolicy", PolicyType.Trust, Trusting(principals)), OsAccessTrustPolicyBuilder.QuotaAdvice);

            Assert.InRange(Check(80).Size, 2049, 4096);
            var error = Assert.Throws<DocumentQuotaExceededException>(() => Check(200));
            Assert.Contains("over the 4,096 AWS allows for a role trust policy even after a quota increase (quota \"Role trust policy length\"", error.Message);
        }

        [Fact]
        public void TheRolePolicyIsRefusedOverTheRolesInlineQuota()
        {
            var big = new PolicyDocument
            {
                Version = PolicyDocument.CurrentVersion,
                Statements = new[] { new PolicyStatement { Effect = "Allow", Action = StatementLists.Of(Accounts(900).Select(a => "ec2:Describe" + a)), Resource = StatementLists.Of("*") } },
            };

            var error = Assert.Throws<DocumentQuotaExceededException>(() =>
                DocumentQuota.Require(new BuiltPolicyDocument("OSAccessPolicy", PolicyType.RoleInline, big), OsAccessRolePolicyBuilder.QuotaAdvice));

            Assert.Contains("over the 10,240 AWS allows for all of a role's inline policies together", error.Message);
            Assert.Contains("attach the role's other permissions as managed policies", error.Message);
        }

        [Fact]
        public void DocumentsWithinTheirQuotaPassUnchanged()
        {
            var built = new BuiltPolicyDocument("OSAccessPolicy", PolicyType.RoleInline, OsAccessRolePolicyBuilder.Build("111122223333"));

            Assert.Same(built, DocumentQuota.Require(built, (_, _) => throw new InvalidOperationException("advice asked for a document within its quota")));
        }
    }
}
