using OsAccess.Core.Aws;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Tests.Evaluation;

namespace OsAccess.Core.Tests.Aws
{
    public class ArnTests
    {
        [Theory]
        [InlineData("arn:aws:iam::111122223333:role/path/OSAccess", "aws", "iam", "", "111122223333", "role/path/OSAccess")]
        [InlineData("arn:aws:ssm:eu-west-1:111122223333:document/AWS-StartSSHSession", "aws", "ssm", "eu-west-1", "111122223333", "document/AWS-StartSSHSession")]
        [InlineData("arn:aws:s3:::bucket/key:with:colons", "aws", "s3", "", "", "bucket/key:with:colons")]
        [InlineData("arn:aws-cn:iam::aws:policy/ReadOnlyAccess", "aws-cn", "iam", "", "aws", "policy/ReadOnlyAccess")]
        [InlineData("arn:::::", "", "", "", "", "")]
        public void ReadsTheSixParts(string text, string partition, string service, string region, string account, string resource)
        {
            Assert.True(Arn.TryParse(text, out var arn));
            Assert.Equal((partition, service, region, account, resource), (arn.Partition, arn.Service, arn.Region, arn.Account, arn.Resource));
            Assert.Equal(text, arn.ToString());
            Assert.Equal(account, Arn.AccountOf(text));
            Assert.True(Arn.TryFindAccount(text, out var start, out var length));
            Assert.Equal(account, text.Substring(start, length));
        }

        [Theory]
        [InlineData("*")]
        [InlineData("111122223333")]
        [InlineData("arn:aws:iam::111122223333")]
        [InlineData("ARN:aws:iam::111122223333:root")]
        [InlineData("urn:aws:iam::111122223333:root")]
        [InlineData("arn:")]
        [InlineData("")]
        public void RefusesWhatIsNotAnArn(string text)
        {
            Assert.False(Arn.TryParse(text, out _));
            Assert.Null(Arn.AccountOf(text));
            Assert.False(Arn.TryFindAccount(text, out _, out _));
        }

        [Theory]
        [InlineData("111122223333", true)]
        [InlineData("011122223333", true)]
        [InlineData("11112222333", false)]
        [InlineData("1111222233334", false)]
        [InlineData("11112222333x", false)]
        [InlineData("", false)]
        public void AnAccountIdIsTwelveDigits(string text, bool valid)
        {
            Assert.Equal(valid, AccountId.IsValid(text));
            Assert.Equal(valid, AccountId.IsValid("arn:" + text + ":", 4, text.Length));
        }

        [Theory]
        [InlineData("arn:aws:iam::111122223333:root", Decision.Allowed)]
        [InlineData("111122223333", Decision.Allowed)]
        // Six colon-separated parts without the "arn" prefix are not a root ARN: the value is compared as written.
        [InlineData("urn:aws:iam::111122223333:root", Decision.ImplicitDeny)]
        public void APrincipalNamesTheCallersAccountOnlyAsAnAccountIdOrRootArn(string principal, Decision expected)
        {
            var bucketPolicy = Ask.Policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal + "\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
            var request = new EvaluationRequest
            {
                Action = "s3:GetObject",
                Resource = "arn:aws:s3:::bucket/key",
                ResourceAccount = "444455556666",
                Context = Ask.Caller().Build(),
                IdentityPolicies = new[] { Ask.Allow("s3:GetObject") },
                ResourcePolicy = bucketPolicy,
            };
            Assert.Equal(expected, PolicyEvaluator.Decide(request));
        }
    }
}
