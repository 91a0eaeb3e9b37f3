using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Sts;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Sessions
{
    public class MemberAccountSessionsTests
    {
        private readonly List<FakeSts> created = new List<FakeSts>();
        private readonly MemberAccountSessions members;

        public MemberAccountSessionsTests() => members = new MemberAccountSessions(caller =>
        {
            var sts = new FakeSts(caller.Credentials.Origin);
            created.Add(sts);
            return sts;
        });

        private static AwsSession Caller(CredentialRequest request, string region = "us-east-1", string? endpointUrl = null) =>
            new AwsSessionBuilder(new NoProfiles(), _ => null, () => null).Build(request, region, null, endpointUrl, new RecordingCallLog());

        private static CredentialRequest Keys(string accessKey) => new CredentialRequest { AccessKey = accessKey, SecretKey = "s" };

        private IEnumerable<AssumeRoleInput> AssumeRoleCalls => created.SelectMany(sts => sts.Calls);

        private static Task<AwsCredentials> Use(AwsSession session) => session.Credentials.Source.GetCredentialsAsync(CancellationToken.None);

        [Fact]
        public async Task RecordsThatResolveToTheSameCallerAssumeEachRoleOnce()
        {
            foreach (var account in new[] { "222222222222", "333333333333", "222222222222", "333333333333", "222222222222" })
            {
                await Use(members.ForAccount(Caller(Keys("AKIAHUB")), account, "OSAccessAdmin", "ext-1"));
            }

            Assert.Equal(new[] { "arn:aws:iam::222222222222:role/OSAccessAdmin", "arn:aws:iam::333333333333:role/OSAccessAdmin" },
                AssumeRoleCalls.Select(c => c.RoleArn).OrderBy(arn => arn));
            Assert.All(AssumeRoleCalls, c => Assert.Equal("ext-1", c.ExternalId));
            Assert.Single(created);
        }

        [Theory]
        [InlineData("AKIAOTHER", "OSAccessAdmin", "ext-1", "us-east-1", null)]
        [InlineData("AKIAHUB", "OrganizationAccountAccessRole", "ext-1", "us-east-1", null)]
        [InlineData("AKIAHUB", "OSAccessAdmin", "ext-2", "us-east-1", null)]
        [InlineData("AKIAHUB", "OSAccessAdmin", null, "us-east-1", null)]
        [InlineData("AKIAHUB", "OSAccessAdmin", "ext-1", "eu-west-1", null)]
        [InlineData("AKIAHUB", "OSAccessAdmin", "ext-1", "us-east-1", "http://127.0.0.1:4566")]
        public async Task AnotherCallerRoleOrExternalIdAssumesTheRoleAgain(string accessKey, string roleName, string? externalId, string region, string? endpointUrl)
        {
            await Use(members.ForAccount(Caller(Keys("AKIAHUB")), "222222222222", "OSAccessAdmin", "ext-1"));

            await Use(members.ForAccount(Caller(Keys(accessKey), region, endpointUrl), "222222222222", roleName, externalId));

            Assert.Equal(2, AssumeRoleCalls.Count());
            Assert.Equal(2, created.Count);
        }

        [Fact]
        public async Task ACredentialsObjectCountsByIdentity()
        {
            var credential = new object();
            await Use(members.ForAccount(Caller(new CredentialRequest { Credential = credential, AccessKey = "AKIAHUB", SecretKey = "s" }), "222222222222", "R", null));
            await Use(members.ForAccount(Caller(new CredentialRequest { Credential = credential, AccessKey = "AKIAHUB", SecretKey = "s" }), "222222222222", "R", null));
            await Use(members.ForAccount(Caller(new CredentialRequest { Credential = new object(), AccessKey = "AKIAHUB", SecretKey = "s" }), "222222222222", "R", null));

            Assert.Equal(2, AssumeRoleCalls.Count());
        }

        [Fact]
        public async Task TheMemberSessionSaysWhichRoleItActsAsAndWhereItsCredentialsCameFrom()
        {
            var member = members.ForAccount(Caller(Keys("AKIAHUB"), "cn-north-1"), "222222222222", "OSAccessAdmin", null);

            var credentials = await Use(member);

            Assert.Equal("222222222222", member.Account);
            Assert.Equal("arn:aws-cn:iam::222222222222:role/OSAccessAdmin", member.AssumedRoleArn);
            Assert.Equal("role OSAccessAdmin assumed with credentials from -AccessKey/-SecretKey parameters", member.Credentials.Origin);
            Assert.Equal("cn-north-1", member.Region);
            Assert.Equal("ASIA1", credentials.AccessKeyId);
        }

        [Fact]
        public void SessionsMadeWithoutTheBuilderCountAsThemselves()
        {
            var caller = Caller(Keys("AKIAHUB"));
            var copy = new AwsSession(caller.Region, caller.RegionOrigin, caller.Credentials, caller.Endpoints);

            members.ForAccount(copy, "222222222222", "R", null);
            members.ForAccount(copy, "333333333333", "R", null);
            members.ForAccount(new AwsSession(caller.Region, caller.RegionOrigin, caller.Credentials, caller.Endpoints), "222222222222", "R", null);

            Assert.Equal(2, created.Count);
        }

        [Fact]
        public void DisposeDisposesEveryStsClientOnce()
        {
            members.ForAccount(Caller(Keys("AKIA1")), "222222222222", "R", null);
            members.ForAccount(Caller(Keys("AKIA2")), "222222222222", "R", null);

            members.Dispose();
            members.Dispose();

            Assert.Equal(new[] { 1, 1 }, created.Select(sts => sts.Disposals));
        }

        [Fact]
        public void ABadRoleNameIsRefusedBeforeAnyCallAndLeavesNoClientBehind()
        {
            var error = Assert.Throws<ArgumentException>(() => members.ForAccount(Caller(Keys("AKIAHUB")), "222222222222", "role/OSAccess", null));

            Assert.StartsWith("'role/OSAccess' is not a valid IAM role name", error.Message);
            Assert.Empty(AssumeRoleCalls);
            Assert.All(created, sts => Assert.Equal(1, sts.Disposals));
        }

        [Fact]
        public void ABadAccountIdIsRefusedBeforeAnyCall()
        {
            var error = Assert.Throws<ArgumentException>(() => members.ForAccount(Caller(Keys("AKIAHUB")), "2222", "R", null));

            Assert.StartsWith("'2222' is not an AWS account id", error.Message);
            Assert.Empty(AssumeRoleCalls);
        }

        private sealed class NoProfiles : IProfileStore
        {
            public ICredentialSource? TryGetCredentials(string profileName, string? profileLocation, IProfileServices services) => null;

            public ProfileSettings? TryGetSettings(string profileName, string? profileLocation) => null;
        }

        private sealed class FakeSts : IStsClient
        {
            private readonly string callerOrigin;
            private int issued;

            public FakeSts(string callerOrigin) => this.callerOrigin = callerOrigin;

            public ConcurrentQueue<AssumeRoleInput> Calls { get; } = new ConcurrentQueue<AssumeRoleInput>();

            public int Disposals { get; private set; }

            public Task<StsCallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

            public Task<AssumedRole> AssumeRoleAsync(AssumeRoleInput input, CancellationToken cancellationToken)
            {
                Calls.Enqueue(input);
                int n = Interlocked.Increment(ref issued);
                return Task.FromResult(new AssumedRole(new AwsCredentials("ASIA" + n, "secret", "token", DateTimeOffset.UtcNow.AddHours(1)),
                    input.RoleArn + "/" + callerOrigin, "AROA" + n, null));
            }

            public void Dispose() => Disposals++;
        }
    }
}
