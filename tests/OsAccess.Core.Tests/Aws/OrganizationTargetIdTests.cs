using System;
using OsAccess.Core.Aws;
using Xunit;

namespace OsAccess.Core.Tests.Aws
{
    public class OrganizationTargetIdTests
    {
        [Theory]
        [InlineData("r-ab12", OrganizationTargetKind.Root)]
        [InlineData("r-0123456789abcdefghij0123456789ab", OrganizationTargetKind.Root)]
        [InlineData("ou-ab12-cdefgh34", OrganizationTargetKind.OrganizationalUnit)]
        [InlineData("012345678901", OrganizationTargetKind.Account)]
        public void NamesTheKindOfEachId(string id, OrganizationTargetKind kind) => Assert.Equal(kind, OrganizationTargetId.Require(id, "TargetId"));

        [Theory]
        [InlineData("r-ab1")]
        [InlineData("R-AB12")]
        [InlineData("ou-ab12-short")]
        [InlineData("ou-ab12")]
        [InlineData("12345678901")]
        [InlineData("p-abcdefgh")]
        [InlineData("")]
        [InlineData(null)]
        public void RefusesAnythingElseSayingWhatIdsLookLike(string? id)
        {
            var error = Assert.Throws<ArgumentException>(() => OrganizationTargetId.Require(id, "TargetId"));
            Assert.Equal("TargetId", error.ParamName);
            Assert.Contains("is not a root, OU or account id: use r-xxxx for a root, ou-xxxx-xxxxxxxx for an OU or the 12 digits of an account", error.Message);
        }
    }
}
