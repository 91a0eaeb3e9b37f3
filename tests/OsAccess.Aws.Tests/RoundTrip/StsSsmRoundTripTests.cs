using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sessions;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Tests.RoundTrip
{
    /// <summary>STS and SSM through the SDK clients, and a cross-account session, against LocalAws.</summary>
    public class StsSsmRoundTripTests : IClassFixture<LocalAwsSession>
    {
        private static readonly CancellationToken None = CancellationToken.None;
        private readonly LocalAwsSession aws;

        public StsSsmRoundTripTests(LocalAwsSession aws)
        {
            this.aws = aws;
            aws.Reset();
        }

        [Fact]
        public async Task GetCallerIdentityNamesTheAdmin()
        {
            using var sts = aws.Admin.Sts();

            var identity = await sts.GetCallerIdentityAsync(None);

            Assert.Equal("111111111111", identity.Account);
            Assert.Equal("arn:aws:iam::111111111111:user/admin", identity.Arn);
        }

        [Fact]
        public async Task ACrossAccountSessionActsInTheMemberAccount()
        {
            using var sts = aws.Admin.Sts();
            var sessions = new CrossAccountSessions(sts, SystemClock.Instance, new CrossAccountOptions());
            var member = aws.Admin.InAccount("222222222222", sessions.ForAccount("222222222222"), "OrganizationAccountAccessRole");

            using var memberSts = member.Sts();
            var identity = await memberSts.GetCallerIdentityAsync(None);
            using var ssm = member.Ssm();
            var nodes = await Pagination.AllAsync(ssm.DescribeInstanceInformationAsync, None);

            Assert.Equal("222222222222", identity.Account);
            Assert.StartsWith("arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/", identity.Arn);
            Assert.Equal(new[] { "i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002" }, nodes.Select(n => n.InstanceId).OrderBy(i => i));
            Assert.Equal(1, sessions.AccountCount);
        }

        [Fact]
        public async Task SessionsStartAreListedAndTerminate()
        {
            using var sts = aws.Admin.Sts();
            var member = aws.Admin.InAccount("222222222222",
                new CrossAccountSessions(sts, SystemClock.Instance, new CrossAccountOptions()).ForAccount("222222222222"), "OrganizationAccountAccessRole");
            using var ssm = member.Ssm();

            var started = await ssm.StartSessionAsync("i-0a1b2c3d4e5f60001", null, null, "maintenance", None);
            var active = await Pagination.AllAsync((t, ct) => ssm.DescribeSessionsAsync("Active", null, t, ct), None);
            await ssm.TerminateSessionAsync(started.SessionId, None);
            var history = await Pagination.AllAsync((t, ct) => ssm.DescribeSessionsAsync("History", null, t, ct), None);

            Assert.False(string.IsNullOrEmpty(started.TokenValue));
            Assert.Equal("i-0a1b2c3d4e5f60001", active.Single(s => s.SessionId == started.SessionId).Target);
            Assert.Contains(history, s => s.SessionId == started.SessionId);
        }
    }
}
