using System.Linq;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using static OsAccess.Core.Tests.Policy.Validation.PolicyTexts;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>Which elements each policy type takes, and findings that depend on the type.</summary>
    public class PolicyTypeFindingTests
    {
        private static string[] Ids(string text, PolicyType type) => PolicyValidator.Validate(text, type).Select(f => f.Id).ToArray();

        [Theory]
        [InlineData(PolicyType.Identity)]
        [InlineData(PolicyType.ServiceControl)]
        [InlineData(PolicyType.UserInline)]
        [InlineData(PolicyType.GroupInline)]
        [InlineData(PolicyType.RoleInline)]
        [InlineData(PolicyType.PermissionsBoundary)]
        [InlineData(PolicyType.Session)]
        public void PrincipalAndNotPrincipalAreRefusedWherePoliciesApplyToWhoeverTheyAreAttachedTo(PolicyType type)
        {
            Assert.Equal(new[] { "PrincipalNotSupported" }, Ids(Scp(J(",'Principal':{'AWS':'arn:aws:iam::111111111111:root'}")), type));
            Assert.Equal(new[] { "PrincipalNotSupported" }, Ids(Scp(J(",'NotPrincipal':{'AWS':'arn:aws:iam::111111111111:root'}")), type));
        }

        [Fact]
        public void ScpPrincipalFindingPointsToAPrincipalArnCondition()
        {
            var finding = Assert.Single(PolicyValidator.Validate(Scp(J(",'Principal':'*'")), PolicyType.ServiceControl));

            Assert.Contains("aws:PrincipalArn", finding.Message);
            Assert.Equal(1, finding.StatementNumber);
            Assert.Equal("DenyStartSession", finding.Sid);
        }

        [Fact]
        public void ScpAllowStatementsMayHaveConditionsAndNotResourceUnderTheCurrentScpSyntax()
        {
            var text = PolicyOf(Statement("'Effect':'Allow','Action':'ssm:*','NotResource':'arn:aws:ssm:*:*:document/AWS-RunShellScript','Condition':{'StringEquals':{'aws:RequestedRegion':'eu-west-1'}}"));

            Assert.Empty(Ids(text, PolicyType.ServiceControl));
        }

        [Fact]
        public void TrustPolicyNeedsAPrincipalAndRefusesNotPrincipal()
        {
            var text = Trust().Replace(J("'Principal'"), J("'NotPrincipal'")).Replace(J("'Allow'"), J("'Deny'"));

            Assert.Equal(new[] { "MissingPrincipal", "PrincipalNotSupported" }, Ids(text, PolicyType.Trust));
        }

        [Fact]
        public void ResourcePolicyAcceptsNotPrincipalWithDenyInsteadOfPrincipal()
        {
            var text = PolicyOf(Statement("'Effect':'Deny','NotPrincipal':{'AWS':'arn:aws:iam::111111111111:role/Admin'},'Action':'s3:*','Resource':'arn:aws:s3:::bucket/*'"));

            Assert.Empty(Ids(text, PolicyType.Resource));
        }

        [Fact]
        public void ResourcePoliciesMayUseSidsWithOtherCharacters()
        {
            var text = Resource().Replace(J("{'Effect'"), J("{'Sid':'Allow read by the hub','Effect'"));

            Assert.Empty(Ids(text, PolicyType.Resource));
            Assert.Equal(new[] { "InvalidSidCharacters" }, Ids(text.Replace(J("'Principal':{'AWS':'arn:aws:iam::111111111111:root'},"), ""), PolicyType.Identity));
        }

        [Fact]
        public void ScpWithoutVersionIsAnErrorWhereAnIdentityPolicyWithoutOneIsAWarning()
        {
            var text = Scp().Replace(J("'Version':'2012-10-17',"), "");

            var scp = Assert.Single(PolicyValidator.Validate(text, PolicyType.ServiceControl));
            var identity = Assert.Single(PolicyValidator.Validate(text, PolicyType.Identity));

            Assert.Equal(("ScpVersion", PolicyFindingSeverity.Error), (scp.Id, scp.Severity));
            Assert.Equal(("MissingVersion", PolicyFindingSeverity.Warning), (identity.Id, identity.Severity));
            Assert.Equal(new SourcePosition(1, 1), identity.Position);
        }
    }
}
