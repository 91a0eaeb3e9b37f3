using System.Linq;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy.Validation
{
    public class PolicySizeTests
    {
        // IAM and AWS STS quotas (reference_iam-quotas.html), Quotas for AWS Organizations (orgs_reference_limits.html),
        // AssumeRole (API_AssumeRole.html, Policy parameter).
        [Theory]
        [InlineData(PolicyType.Identity, 6144, null, false)]
        [InlineData(PolicyType.PermissionsBoundary, 6144, null, false)]
        [InlineData(PolicyType.ServiceControl, 5120, null, true)]
        [InlineData(PolicyType.Trust, 2048, 4096, false)]
        [InlineData(PolicyType.UserInline, 2048, null, false)]
        [InlineData(PolicyType.GroupInline, 5120, null, false)]
        [InlineData(PolicyType.RoleInline, 10240, null, false)]
        [InlineData(PolicyType.Session, 2048, null, true)]
        [InlineData(PolicyType.Resource, null, null, true)]
        public void LimitsMatchTheAwsQuotaPages(PolicyType type, int? limit, int? raisableTo, bool countsWhitespace)
        {
            var info = PolicySizeLimits.For(type);

            Assert.Equal(type, info.Type);
            Assert.Equal(limit, info.Limit);
            Assert.Equal(raisableTo, info.RaisableTo);
            Assert.Equal(countsWhitespace, info.CountsWhitespace);
            Assert.StartsWith("https://docs.aws.amazon.com/", info.Source);
        }

        [Fact]
        public void IamLeavesOutEveryWhiteSpaceCharacterEvenInsideStrings()
        {
            Assert.Equal(8, PolicySizeCounter.Count("{ \"a b\" :\t\r\n1 }", PolicyType.Identity));
        }

        [Fact]
        public void OrganizationsCountsEveryCharacterSent()
        {
            Assert.Equal(15, PolicySizeCounter.Count("{ \"a b\" :\t\r\n1 }", PolicyType.ServiceControl));
        }

        [Fact]
        public void SeedScpAsWrittenCountsItsIndentationAgainstTheScpQuotaButNotAgainstIam()
        {
            var text = SeedFiles.GuardrailScp;
            var minified = PolicyJsonWriter.Write(PolicyParser.Parse(text), PolicyJsonStyle.Minified);

            var scp = PolicySizeCounter.Measure(text, PolicyType.ServiceControl);
            var iam = PolicySizeCounter.Measure(text, PolicyType.Identity);

            Assert.Equal(text.Length, scp.Written);
            Assert.Equal(minified.Length, scp.Minified);
            Assert.True(scp.Written > scp.Minified);
            Assert.Equal(minified.Length, iam.Written);
            Assert.Equal(iam.Written, iam.Minified);
            Assert.Equal(5120 - text.Length, scp.Headroom);
            Assert.Equal(5120 - minified.Length, scp.MinifiedHeadroom);
            Assert.False(scp.IsOverLimit);
        }

        [Fact]
        public void SeedGrantIsWellWithinTheUserInlineQuota()
        {
            var size = PolicySizeCounter.Measure(SeedFiles.AssumeRoleGrant, PolicyType.UserInline);

            Assert.Equal(2048, size.Limit);
            Assert.Equal(size.Minified, size.Written);
            Assert.InRange(size.Written, 200, 300);
        }

        [Fact]
        public void UnparsableTextStillHasAWrittenSizeButNoMinifiedSize()
        {
            var size = PolicySizeCounter.Measure(SeedFiles.OsAccessPolicy, PolicyType.RoleInline);

            Assert.Null(size.Minified);
            Assert.Equal(SeedFiles.OsAccessPolicy.Count(c => !char.IsWhiteSpace(c)), size.Written);
        }

        [Fact]
        public void DocumentIsMeasuredInItsCanonicalMinifiedForm()
        {
            var document = PolicyParser.Parse(SeedFiles.GuardrailScp);

            var size = PolicySizeCounter.Measure(document, PolicyType.ServiceControl);

            Assert.Equal(PolicyJsonWriter.Write(document).Length, size.Written);
            Assert.Equal(size.Written, size.Minified);
        }

        [Fact]
        public void InlinePoliciesAreSummedAgainstTheAggregateQuota()
        {
            var one = PolicySizeCounter.Measure(SeedFiles.AssumeRoleGrant, PolicyType.UserInline);

            var all = PolicySizeCounter.MeasureAggregate(Enumerable.Repeat(SeedFiles.AssumeRoleGrant, 9), PolicyType.UserInline);

            Assert.Equal(9 * one.Written, all.Written);
            Assert.Equal(2048 - 9 * one.Written, all.Headroom);
            Assert.True(all.IsOverLimit);
        }

        [Fact]
        public void ResourcePoliciesHaveNoQuotaOfTheirOwn()
        {
            var size = PolicySizeCounter.Measure(SeedFiles.GuardrailScp, PolicyType.Resource);

            Assert.Null(size.Limit);
            Assert.Null(size.Headroom);
            Assert.False(size.IsOverLimit);
        }
    }
}
