using System;
using OsAccess.Core.Roles;

namespace OsAccess.Core.Tests.Roles
{
    public class OsAccessRoleOptionsTests
    {
        [Theory]
        [InlineData(1, 0)]
        [InlineData(4, 30)]
        [InlineData(12, 0)]
        public void TakesSessionsOfOneToTwelveHours(int hours, int minutes)
        {
            var options = new OsAccessRoleOptions("111111111111", maxSessionDuration: new TimeSpan(hours, minutes, 0));

            Assert.Equal(hours * 3600 + minutes * 60, options.MaxSessionDurationSeconds);
        }

        [Theory]
        [InlineData("00:59:59")]
        [InlineData("12:00:01")]
        [InlineData("01:00:00.5")]
        public void RefusesASessionIamRefusesNamingTheParameter(string duration)
        {
            var error = Assert.Throws<ArgumentException>(() => new OsAccessRoleOptions("111111111111", maxSessionDuration: TimeSpan.Parse(duration)));

            Assert.Equal("MaxSessionDuration", error.ParamName);
            Assert.Contains("from 1 hour to 12 hours", error.Message);
        }

        [Fact]
        public void TrustsTheHubRequiringTheUserNameAsSessionNameByDefaultAndMfaWhenAsked()
        {
            Assert.Equal(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"TrustHubAccount\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:RoleSessionName\":\"${aws:username}\"}}}]}",
                new OsAccessRoleOptions("111111111111").TrustPolicy().MinifiedJson);
            Assert.Equal(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"TrustHubAccount\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}]}",
                new OsAccessRoleOptions("111111111111", allowAnySessionName: true, requireMfa: true).TrustPolicy().MinifiedJson);
        }

        [Theory]
        [InlineData(BasePolicy.ReadOnlyAccess, "arn:aws:iam::aws:policy/ReadOnlyAccess")]
        [InlineData(BasePolicy.ViewOnlyAccess, "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")]
        [InlineData(BasePolicy.None, null)]
        public void NamesEachBasePolicyByItsArn(BasePolicy policy, string? arn) => Assert.Equal(arn, BasePolicies.ArnOf(policy, "aws"));
    }
}
