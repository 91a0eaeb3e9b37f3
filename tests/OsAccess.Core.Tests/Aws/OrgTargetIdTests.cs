using System;
using OsAccess.Core.Aws;

namespace OsAccess.Core.Tests.Aws
{
    public class OrgTargetIdTests
    {
        [Theory]
        [InlineData("r-ab12")]
        [InlineData("ou-ab12-cdef3456")]
        [InlineData("012345678901")]
        public void TakesRootsOusAndAccounts(string id) => Assert.Equal(id, OrgTargetId.Require(id, "TargetId"));

        [Theory]
        [InlineData("r-AB12")]
        [InlineData("r-ab1")]
        [InlineData("ou-ab12")]
        [InlineData("ou-ab12-cdef345")]
        [InlineData("12345678901")]
        [InlineData("p-FullAWSAccess")]
        [InlineData("")]
        [InlineData(null)]
        public void RefusesAnythingElseSayingWhatEachLooksLike(string? id)
        {
            var error = Assert.Throws<ArgumentException>(() => OrgTargetId.Require(id, "TargetId"));
            Assert.Equal("TargetId", error.ParamName);
            Assert.Contains("is not a root, OU or account id", error.Message);
            Assert.Contains("(ou-ab12-cdef3456)", error.Message);
        }

        [Theory]
        [InlineData("r-ab12", OrgTargetKind.Root)]
        [InlineData("ou-ab12-cdef3456", OrgTargetKind.OrganizationalUnit)]
        [InlineData("012345678901", OrgTargetKind.Account)]
        public void NamesWhatEachIdNames(string id, OrgTargetKind kind) => Assert.Equal(kind, OrgTargetId.KindOf(OrgTargetId.Require(id, "TargetId")));
    }
}
