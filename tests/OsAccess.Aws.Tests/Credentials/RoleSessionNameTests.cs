using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Tests.Credentials
{
    public class RoleSessionNameTests
    {
        [Theory]
        [InlineData("arn:aws:iam::111111111111:user/alice", "alice")]
        [InlineData("arn:aws:iam::111111111111:user/division/team/alice", "alice")]
        [InlineData("arn:aws:sts::222222222222:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com", "alice@example.com")]
        [InlineData("arn:aws:sts::111111111111:federated-user/bob", "bob")]
        [InlineData("arn:aws:iam::111111111111:root", "root")]
        [InlineData("arn:aws:iam::111111111111:user/x", "OsAccess-x")]
        [InlineData("arn:aws:sts::222222222222:assumed-role/R/who am i", "who-am-i")]
        public void NamesTheSessionAfterTheIdentityThatAssumesTheRole(string callerArn, string expected) =>
            Assert.Equal(expected, RoleSessionName.For(callerArn));

        [Fact]
        public void StaysWithinWhatStsAccepts()
        {
            string name = RoleSessionName.For("arn:aws:sts::222222222222:assumed-role/R/" + new string('a', 60) + " é+=,.@-_");

            Assert.Equal(64, name.Length);
            Assert.Matches(@"^[\w+=,.@-]{2,64}$", name);
            Assert.StartsWith(new string('a', 60) + "--", name);
        }
    }
}
