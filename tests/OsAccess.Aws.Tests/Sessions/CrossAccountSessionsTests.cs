using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Sts;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Sessions
{
    public class CrossAccountSessionsTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);
        private readonly ManualClock clock = new ManualClock(Start);
        private readonly FakeSts sts;

        public CrossAccountSessionsTests() => sts = new FakeSts(clock);

        [Fact]
        public async Task AFanOutOver1000AccountsAssumesEachRoleOnce()
        {
            var sessions = new CrossAccountSessions(sts, clock, new CrossAccountOptions());
            var accounts = Enumerable.Range(0, 1000).Select(i => (100000000000L + i).ToString()).ToList();

            await Task.WhenAll(accounts.SelectMany(a => Enumerable.Range(0, 5).Select(_ =>
                Task.Run(() => sessions.ForAccount(a).GetCredentialsAsync(CancellationToken.None)))));

            Assert.Equal(1000, sts.Calls.Count);
            Assert.Equal(1000, sts.Calls.Select(c => c.RoleArn).Distinct().Count());
            Assert.Equal(1000, sessions.AccountCount);
            Assert.Equal("arn:aws:iam::100000000007:role/OrganizationAccountAccessRole", sts.Calls.Single(c => c.RoleArn.Contains("100000000007")).RoleArn);
        }

        [Fact]
        public async Task CredentialsAreRenewedShortlyBeforeTheyExpire()
        {
            var sessions = new CrossAccountSessions(sts, clock, new CrossAccountOptions { RefreshBefore = TimeSpan.FromMinutes(5) });
            var member = sessions.ForAccount("222222222222");

            var first = await member.GetCredentialsAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(54));
            var stillFirst = await member.GetCredentialsAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
            var renewed = await member.GetCredentialsAsync(CancellationToken.None);

            Assert.Same(first, stillFirst);
            Assert.NotEqual(first.AccessKeyId, renewed.AccessKeyId);
            Assert.Equal(2, sts.Calls.Count);
        }

        [Fact]
        public async Task RoleNameExternalIdAndPartitionArePassedToAssumeRole()
        {
            var options = new CrossAccountOptions { RoleName = "OSAccessAdmin", ExternalId = "ext-42", RoleSessionName = "alice", Partition = "aws-cn", DurationSeconds = 900 };

            await new CrossAccountSessions(sts, clock, options).ForAccount("333333333333").GetCredentialsAsync(CancellationToken.None);

            var call = Assert.Single(sts.Calls);
            Assert.Equal("arn:aws-cn:iam::333333333333:role/OSAccessAdmin", call.RoleArn);
            Assert.Equal("ext-42", call.ExternalId);
            Assert.Equal("alice", call.RoleSessionName);
            Assert.Equal(900, call.DurationSeconds);
        }

        [Fact]
        public async Task AFailedAssumeRoleIsNotCached()
        {
            sts.FailNext = true;
            var member = new CrossAccountSessions(sts, clock, new CrossAccountOptions()).ForAccount("444444444444");

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => member.GetCredentialsAsync(CancellationToken.None));
            var later = await member.GetCredentialsAsync(CancellationToken.None);

            Assert.Equal("AccessDenied", error.Code);
            Assert.Equal("ASIA1", later.AccessKeyId);
            Assert.Equal(2, sts.Calls.Count);
        }

        [Fact]
        public async Task ARoleWrittenAMomentAgoIsRetriedUntilItCanBeAssumed()
        {
            var delay = new RecordingDelay(clock);
            sts.DenyNext = 3;
            var sessions = new CrossAccountSessions(sts, clock, new CrossAccountOptions { WaitForPropagation = TimeSpan.FromSeconds(30) }, delay);

            var credentials = await sessions.ForAccount("555555555555").GetCredentialsAsync(CancellationToken.None);

            Assert.Equal("ASIA1", credentials.AccessKeyId);
            Assert.Equal(4, sts.Calls.Count);
            Assert.Equal(new[] { 2.0, 2.0, 2.0 }, delay.Waits.Select(w => w.TotalSeconds));
        }

        [Fact]
        public async Task PropagationRetriesStopAtTheirBoundWithAMessageThatSaysWhy()
        {
            sts.DenyNext = int.MaxValue;
            var sessions = new CrossAccountSessions(sts, clock, new CrossAccountOptions { WaitForPropagation = TimeSpan.FromSeconds(10) }, new RecordingDelay(clock));

            var error = await Assert.ThrowsAsync<OsAccess.Aws.Retry.EventualConsistencyException>(() =>
                sessions.ForAccount("555555555555").GetCredentialsAsync(CancellationToken.None));

            Assert.StartsWith("Assuming arn:aws:iam::555555555555:role/OrganizationAccountAccessRole still failed after", error.Message);
            Assert.Equal(6, sts.Calls.Count); // at 0, 2, 4, 6, 8 and 10 s: the bound, and no further
        }

        [Fact]
        public async Task WithoutAPropagationWaitARefusedAssumeRoleFailsAtOnce()
        {
            sts.DenyNext = 1;

            await Assert.ThrowsAsync<AwsServiceException>(() =>
                new CrossAccountSessions(sts, clock, new CrossAccountOptions()).ForAccount("555555555555").GetCredentialsAsync(CancellationToken.None));

            Assert.Single(sts.Calls);
        }

        [Theory]
        [InlineData("12345")]
        [InlineData("12345678901a")]
        [InlineData("")]
        public void AccountIdsMustBe12Digits(string accountId)
        {
            var error = Assert.Throws<ArgumentException>(() => new CrossAccountSessions(sts, clock, new CrossAccountOptions()).ForAccount(accountId));

            Assert.StartsWith($"'{accountId}' is not an AWS account id: use the 12 digits", error.Message);
            Assert.Empty(sts.Calls);
        }

        [Theory]
        [InlineData("")]
        [InlineData("path/OSAccess")]
        [InlineData("arn:aws:iam::111111111111:role/OSAccess")]
        public void ARoleNameIamWouldRefuseIsRefusedBeforeAnyCall(string roleName)
        {
            var error = Assert.Throws<ArgumentException>(() => new CrossAccountSessions(sts, clock, new CrossAccountOptions { RoleName = roleName }));

            Assert.StartsWith($"'{roleName}' is not a valid IAM role name", error.Message);
            Assert.Equal("RoleName", error.ParamName);
            Assert.Empty(sts.Calls);
        }

        private sealed class FakeSts : IStsClient
        {
            private readonly ManualClock clock;
            private int issued;

            public FakeSts(ManualClock clock) => this.clock = clock;

            public ConcurrentQueue<AssumeRoleInput> Calls { get; } = new ConcurrentQueue<AssumeRoleInput>();

            public bool FailNext { get; set; }

            /// <summary>How many further calls are refused with AccessDenied.</summary>
            public int DenyNext { get; set; }

            public Task<StsCallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

            public async Task<AssumedRole> AssumeRoleAsync(AssumeRoleInput input, CancellationToken cancellationToken)
            {
                Calls.Enqueue(input);
                await Task.Yield();
                if (FailNext || DenyNext > 0)
                {
                    FailNext = false;
                    DenyNext = DenyNext == int.MaxValue ? DenyNext : DenyNext - 1;
                    throw new AwsServiceException("STS", "AssumeRole", "AccessDenied", "not authorized", "r", HttpStatusCode.Forbidden);
                }

                int n = Interlocked.Increment(ref issued);
                return new AssumedRole(new AwsCredentials("ASIA" + n, "secret" + n, "token" + n, clock.UtcNow.AddHours(1)),
                    input.RoleArn.Replace(":iam::", ":sts::").Replace(":role/", ":assumed-role/") + "/" + input.RoleSessionName, "AROA" + n, null);
            }

            public void Dispose()
            {
            }
        }
    }
}
