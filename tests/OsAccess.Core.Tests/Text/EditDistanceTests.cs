using OsAccess.Core.Text;

namespace OsAccess.Core.Tests.Text
{
    public class EditDistanceTests
    {
        [Theory]
        [InlineData("StringEquals", "StringEquals", 0)]
        [InlineData("stringequals", "StringEquals", 0)]
        [InlineData("StringEqualz", "StringEquals", 1)]
        [InlineData("StringEqual", "StringEquals", 1)]
        [InlineData("StirngEquals", "StringEquals", 1)]
        [InlineData("DateAfter", "DateGreaterThan", 8)]
        [InlineData("", "Null", 4)]
        public void CountsInsertionsDeletionsReplacementsAndSwapsIgnoringCase(string a, string b, int distance)
        {
            Assert.Equal(distance, EditDistance.Between(a, b));
            Assert.Equal(distance, EditDistance.Between(b, a));
        }

        [Fact]
        public void NearestIsTheClosestWithinToleranceAndTheFirstOnATie()
        {
            Assert.Equal("ArnLike", EditDistance.Nearest("ArnLik", new[] { "ArnEquals", "ArnLike", "ArnNotLike" }));
            Assert.Equal("StringLike", EditDistance.Nearest("StringLik", new[] { "StringLike", "StringLikx" }));
            Assert.Null(EditDistance.Nearest("NumericBetween", new[] { "NumericEquals", "NumericLessThan" }));
        }
    }
}
