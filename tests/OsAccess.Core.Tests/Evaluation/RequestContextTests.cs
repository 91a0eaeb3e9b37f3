using System;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Time;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>
    /// Keys AWS derives for a request, https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
    /// </summary>
    public class RequestContextTests
    {
        private static string Single(RequestContext context, string key)
        {
            Assert.True(context.TryGetValues(key, out var values), $"{key} is absent");
            return Assert.Single(values);
        }

        [Fact]
        public void RoleSessionHasTheRoleArnAsPrincipalArn()
        {
            var context = new RequestContextBuilder("arn:aws:sts::111122223333:assumed-role/OSAccess/alice").At(Ask.Noon).Build();

            Assert.Equal("arn:aws:iam::111122223333:role/OSAccess", Single(context, "aws:PrincipalArn"));
            Assert.Equal("111122223333", Single(context, "aws:PrincipalAccount"));
            Assert.Equal("AssumedRole", Single(context, "aws:PrincipalType"));
            Assert.False(context.Contains("aws:username"));
            Assert.Equal(CallerKind.AssumedRole, context.Caller.Kind);
            Assert.Equal("alice", context.Caller.SessionName);
        }

        [Fact]
        public void RoleSessionTakesTheRolePathWhenGiven()
        {
            var context = new RequestContextBuilder("arn:aws:sts::111122223333:assumed-role/OSAccess/alice", "arn:aws:iam::111122223333:role/team/OSAccess").Build();
            Assert.Equal("arn:aws:iam::111122223333:role/team/OSAccess", Single(context, "aws:PrincipalArn"));
        }

        [Fact]
        public void UserHasUsernameAndArn()
        {
            var context = new RequestContextBuilder("arn:aws:iam::111122223333:user/division/alice").WithUserId("AIDAEXAMPLE").Build();
            Assert.Equal("alice", Single(context, "aws:username"));
            Assert.Equal("AIDAEXAMPLE", Single(context, "aws:userid"));
            Assert.Equal("arn:aws:iam::111122223333:user/division/alice", Single(context, "aws:PrincipalArn"));
            Assert.Equal("User", Single(context, "aws:PrincipalType"));
        }

        [Fact]
        public void TimeComesFromTheClock()
        {
            var context = new RequestContextBuilder("111122223333").WithClock(new FixedClock(new DateTimeOffset(2020, 4, 1, 9, 0, 0, TimeSpan.FromHours(9)))).Build();
            Assert.Equal("2020-04-01T00:00:00Z", Single(context, "aws:CurrentTime"));
            Assert.Equal("1585699200", Single(context, "aws:EpochTime"));
            Assert.Equal("111122223333", Single(context, "aws:userid"));
        }

        [Fact]
        public void CalledViaAndTagsAreDerived()
        {
            var context = new RequestContextBuilder("arn:aws:iam::111122223333:user/alice")
                .WithCalledVia("ssm-guiconnect.amazonaws.com", "ssm.amazonaws.com")
                .WithPrincipalTag("team", "ops")
                .Build();
            Assert.True(context.TryGetValues("aws:CalledVia", out var via));
            Assert.Equal(new[] { "ssm-guiconnect.amazonaws.com", "ssm.amazonaws.com" }, via);
            Assert.Equal("ssm-guiconnect.amazonaws.com", Single(context, "aws:CalledViaFirst"));
            Assert.Equal("ssm.amazonaws.com", Single(context, "aws:CalledViaLast"));
            Assert.Equal("ops", Single(context, "aws:principaltag/TEAM"));
        }

        [Fact]
        public void ExplicitKeysOverrideDerivedOnes()
        {
            var context = new RequestContextBuilder("arn:aws:iam::111122223333:user/alice").With("aws:PrincipalArn", "arn:aws:iam::111122223333:user/other").Build();
            Assert.Equal("arn:aws:iam::111122223333:user/other", Single(context, "aws:PrincipalArn"));
        }

        [Fact]
        public void MultivaluedKeysAreNotPolicyVariables()
        {
            var context = new RequestContextBuilder("arn:aws:iam::111122223333:user/alice").With("aws:TagKeys", "a", "b").Build();
            Assert.Null(context.ResolveVariable("aws:TagKeys"));
            Assert.Equal("alice", context.ResolveVariable("aws:username"));
        }

        [Theory]
        [InlineData("arn:aws:iam::111122223333:root", CallerKind.Account)]
        [InlineData("arn:aws:iam::111122223333:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM", CallerKind.Role)]
        [InlineData("arn:aws:sts::111122223333:federated-user/bob", CallerKind.FederatedUser)]
        [InlineData("ssm.amazonaws.com", CallerKind.Service)]
        public void CallerKinds(string arn, CallerKind kind) => Assert.Equal(kind, CallerIdentity.Parse(arn).Kind);

        [Fact]
        public void ServiceLinkedRolesAreRecognisedByPath()
        {
            Assert.True(CallerIdentity.Parse("arn:aws:iam::111122223333:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM").IsServiceLinkedRole);
            Assert.True(CallerIdentity.Parse("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAmazonSSM/s", "arn:aws:iam::111122223333:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM").IsServiceLinkedRole);
            Assert.True(CallerIdentity.Parse("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAmazonSSM/s").IsServiceLinkedRole);
            Assert.False(CallerIdentity.Parse("arn:aws:iam::111122223333:role/OSAccess").IsServiceLinkedRole);
            Assert.False(CallerIdentity.Parse("arn:aws:sts::111122223333:assumed-role/OSAccess/s").IsServiceLinkedRole);
        }

        [Theory]
        [InlineData("alice")]
        [InlineData("arn:aws:iam::1111:user/alice")]
        [InlineData("arn:aws:sts::111122223333:assumed-role/OnlyRole")]
        [InlineData("arn:aws:s3:::bucket")]
        public void MalformedCallersAreRejected(string arn) => Assert.Throws<FormatException>(() => CallerIdentity.Parse(arn));
    }
}
