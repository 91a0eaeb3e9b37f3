using System;
using System.Linq;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Organizations;
using OsAccess.Aws.Permissions;
using OsAccess.Aws.Sns;
using OsAccess.Aws.Ssm;
using OsAccess.Aws.Sts;

namespace OsAccess.Aws.Tests.Permissions
{
    public sealed class OperationActionsTests
    {
        private static readonly (string Prefix, Type Client)[] Clients =
        {
            ("iam", typeof(IIamClient)), ("organizations", typeof(IOrganizationsClient)), ("ssm", typeof(ISsmClient)), ("sts", typeof(IStsClient)),
            ("sns", typeof(ISnsClient)),
        };

        [Fact]
        public void EveryOperationOfEveryClientDeclaresItsActionsAndNothingElseIsDeclared()
        {
            var operations = Clients
                .SelectMany(c => c.Client.GetMethods().Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
                    .Select(m => c.Prefix + ":" + m.Name.Substring(0, m.Name.Length - "Async".Length)))
                .OrderBy(o => o, StringComparer.Ordinal).ToList();

            Assert.Equal(operations, OperationActions.Operations.OrderBy(o => o, StringComparer.Ordinal));
            Assert.All(operations, o => Assert.All(OperationActions.For(o), a => Assert.Matches("^(iam|organizations|ssm|sts|sns):[A-Z][A-Za-z]+$", a)));
        }

        [Theory]
        [InlineData("iam:GetPolicy", "iam:GetPolicy")]
        [InlineData("iam:CreatePolicy", "iam:CreatePolicy iam:TagPolicy")]
        [InlineData("iam:CreateRole", "iam:CreateRole iam:TagRole")]
        [InlineData("ssm:CreateOpsItem", "ssm:CreateOpsItem ssm:AddTagsToResource")]
        [InlineData("organizations:CreatePolicy", "organizations:CreatePolicy organizations:TagResource")]
        [InlineData("sts:GetCallerIdentity", "")]
        public void AnOperationNeedsItsOwnActionAndWhatItsInputAddsToIt(string operation, string actions) =>
            Assert.Equal(actions.Split(' ', StringSplitOptions.RemoveEmptyEntries), OperationActions.For(operation));

        [Fact]
        public void AnUndeclaredOperationIsAnErrorThatSaysWhereToDeclareIt() =>
            Assert.Contains("add it to OperationActions", Assert.Throws<ArgumentException>(() => OperationActions.For("iam:CreateGroup")).Message);
    }
}
