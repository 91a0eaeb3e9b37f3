using System;
using OsAccess.Aws.Regions;

namespace OsAccess.Aws.Tests.Regions
{
    public class AwsRegionsTests
    {
        [Theory]
        [InlineData("us-east-9", "us-east-1,us-east-2")]
        [InlineData("useast1", "us-east-1")]
        [InlineData("US-WEST-2", "us-west-2")]
        [InlineData("eu-west", "eu-west-1,eu-west-2,eu-west-3")]
        [InlineData("ap-northeest-1", "ap-northeast-1")]
        public void SuggestsTheNearestNames(string typed, string nearest) =>
            Assert.Equal(nearest.Split(','), AwsRegions.Nearest(typed));

        [Fact]
        public void RefusesAnUnknownNameWithItsOriginAndTheNearestNames()
        {
            var error = Assert.Throws<ArgumentException>(() => AwsRegions.RequireKnown("useast1", "-Region parameter"));

            Assert.Equal("'useast1' (from -Region parameter) is not an AWS region: did you mean us-east-1? " +
                "To use another name, point OsAccess at an endpoint with -EndpointUrl or AWS_ENDPOINT_URL.", error.Message);
            AwsRegions.RequireKnown("cn-northwest-1", "-Region parameter");
            AwsRegions.RequireKnown("us-gov-east-1", "-Region parameter");
        }
    }
}
