using System.Linq;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using static OsAccess.Core.Tests.Policy.Validation.PolicyTexts;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>Size findings against the limits table (<see cref="PolicySizeLimits"/>).</summary>
    public class SizeFindingTests
    {
        private static string[] SizeIds(string text, PolicyType type) =>
            PolicyValidator.Validate(text, type).Where(f => f.Id.StartsWith("Size") || f.Id.StartsWith("TrustSize")).Select(f => f.Id).ToArray();

        [Theory]
        [InlineData(PolicyType.Identity, 6144)]
        [InlineData(PolicyType.PermissionsBoundary, 6144)]
        [InlineData(PolicyType.ServiceControl, 5120)]
        [InlineData(PolicyType.UserInline, 2048)]
        [InlineData(PolicyType.GroupInline, 5120)]
        [InlineData(PolicyType.RoleInline, 10240)]
        [InlineData(PolicyType.Session, 2048)]
        public void AtTheLimitIsAWarningAndOneCharacterMoreIsAnError(PolicyType type, int limit)
        {
            Assert.Equal(limit, PolicySizeCounter.Measure(OfSize(type, limit), type).Written);
            Assert.Equal(new[] { "SizeNearLimit" }, SizeIds(OfSize(type, limit), type));
            Assert.Equal(new[] { "SizeExceeded" }, SizeIds(OfSize(type, limit + 1), type));
        }

        [Theory]
        [InlineData(PolicyType.Identity, 6144)]
        [InlineData(PolicyType.ServiceControl, 5120)]
        [InlineData(PolicyType.UserInline, 2048)]
        [InlineData(PolicyType.RoleInline, 10240)]
        public void NearLimitStartsAboveNinetyPercent(PolicyType type, int limit)
        {
            var ninety = limit * 9 / 10;

            Assert.Empty(SizeIds(OfSize(type, ninety), type));
            Assert.Equal(new[] { "SizeNearLimit" }, SizeIds(OfSize(type, ninety + 1), type));
        }

        [Theory]
        [InlineData(2048, "SizeNearLimit")]
        [InlineData(2049, "TrustSizeAboveDefault")]
        [InlineData(4096, "TrustSizeAboveDefault")]
        [InlineData(4097, "SizeExceeded")]
        public void TrustPoliciesAboveTheDefaultQuotaNeedAnIncreaseAndAboveTheMaximumCannotBeWritten(int size, string id)
        {
            var findings = PolicyValidator.Validate(OfSize(PolicyType.Trust, size), PolicyType.Trust).Where(f => f.Id.Contains("Size")).ToList();

            Assert.Equal(id, Assert.Single(findings).Id);
            if (id == "TrustSizeAboveDefault") Assert.Contains("Role trust policy length", findings[0].Message);
        }

        [Fact]
        public void IndentationCountsAgainstTheScpQuotaAndTheMessageSaysMinifyingFits()
        {
            var compact = OfSize(PolicyType.ServiceControl, 5100);
            var indented = PolicyJsonWriter.Write(PolicyParser.Parse(compact), PolicyJsonStyle.Indented);
            Assert.InRange(indented.Length, 5121, 6000);

            var finding = Assert.Single(PolicyValidator.Validate(indented, PolicyType.ServiceControl), f => f.Id == "SizeExceeded");

            Assert.Contains("send it minified", finding.Message);
            Assert.Equal(new SourcePosition(1, 1), finding.Position);
        }

        [Fact]
        public void IndentationDoesNotCountAgainstIamQuotas()
        {
            var compact = OfSize(PolicyType.Identity, 5000);
            var indented = PolicyJsonWriter.Write(PolicyParser.Parse(compact), PolicyJsonStyle.Indented);

            Assert.Empty(SizeIds(indented, PolicyType.Identity));
        }

        [Fact]
        public void InlineSizeFindingsSayTheQuotaIsForAllInlinePoliciesTogether()
        {
            var finding = Assert.Single(PolicyValidator.Validate(OfSize(PolicyType.UserInline, 2100), PolicyType.UserInline), f => f.Id == "SizeExceeded");

            Assert.Contains("all inline policies", finding.Message);
        }

        [Theory]
        [InlineData(PolicyType.UserInline, 2100, "customer managed policy attached to the user or to a group it is in")]
        [InlineData(PolicyType.GroupInline, 5200, "customer managed policies attached to the group")]
        [InlineData(PolicyType.RoleInline, 10300, "customer managed policies attached to the role")]
        [InlineData(PolicyType.PermissionsBoundary, 6200, "a user or role has one permissions boundary")]
        [InlineData(PolicyType.Trust, 4200, "a role has one trust policy")]
        [InlineData(PolicyType.Identity, 6200, "Split it into several managed policies")]
        [InlineData(PolicyType.ServiceControl, 5200, "Split its statements across several SCPs")]
        [InlineData(PolicyType.Session, 2100, "PolicyArns")]
        public void TooLargeSaysWhatWorksForItsType(PolicyType type, int size, string advice)
        {
            var finding = Assert.Single(PolicyValidator.Validate(OfSize(type, size), type), f => f.Id == "SizeExceeded");

            Assert.Contains(advice, finding.Message, System.StringComparison.OrdinalIgnoreCase);
            var canBeSplit = type == PolicyType.Identity || type == PolicyType.ServiceControl;
            if (!canBeSplit) Assert.DoesNotContain("split", finding.Message, System.StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [InlineData(PolicyType.UserInline, 2000, "customer managed policy")]
        [InlineData(PolicyType.RoleInline, 10000, "customer managed policies")]
        [InlineData(PolicyType.Trust, 2000, "one trust policy")]
        public void NearTheLimitSaysWhatWillWorkOnceItIsPassed(PolicyType type, int size, string advice)
        {
            var finding = Assert.Single(PolicyValidator.Validate(OfSize(type, size), type), f => f.Id == "SizeNearLimit");

            Assert.Contains(advice, finding.Message);
            Assert.DoesNotContain("split", finding.Message, System.StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void ResourcePoliciesGetNoSizeFindings()
        {
            Assert.Empty(SizeIds(OfSize(PolicyType.Identity, 50000).Replace(J("'Effect':'Deny',"), J("'Effect':'Deny','Principal':'*',")), PolicyType.Resource));
        }

        [Fact]
        public void DocumentsBuiltInCodeAreMeasuredMinifiedAndHaveNoTextPosition()
        {
            var parsed = PolicyParser.Parse(OfSize(PolicyType.Identity, 7000));
            var document = new PolicyDocument { Version = PolicyDocument.CurrentVersion, Statements = parsed.Statements };

            var finding = Assert.Single(PolicyValidator.Validate(document, PolicyType.Identity), f => f.Id == "SizeExceeded");

            Assert.Contains("7000", finding.Message);
            Assert.False(finding.Position.IsKnown);
        }

        [Fact]
        public void ParsedDocumentsReportTheirSizeWhereTheyOpen()
        {
            var document = PolicyParser.Parse("\n  " + OfSize(PolicyType.Identity, 7000));

            var finding = Assert.Single(PolicyValidator.Validate(document, PolicyType.Identity), f => f.Id == "SizeExceeded");

            Assert.Equal(new SourcePosition(2, 3), finding.Position);
        }
    }
}
