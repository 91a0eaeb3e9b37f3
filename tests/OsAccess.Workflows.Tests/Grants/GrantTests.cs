using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Core.Grants;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Tests.Support;

namespace OsAccess.Workflows.Tests.Grants;

/// <summary>Grants written by GrantWriter, read by GrantReader, and what LocalAws enforces for them on its clock.</summary>
public class GrantTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Admin = "arn:aws:iam::111111111111:user/admin";
    private static readonly CancellationToken None = CancellationToken.None;

    public GrantTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private DateTimeOffset Now => Aws.Emulator.Clock.UtcNow;

    private async Task<GrantRecord> GrantAsync(HubWorld hub, string user, AccessWindow window, string? reason = "CHG-1", params string[] accounts)
    {
        using var iam = hub.Iam();
        var writer = new GrantWriter(iam, new EmulatorClock(Aws.Emulator.Clock));
        var request = new GrantRequest
        {
            UserName = user, AccountIds = accounts.Length == 0 ? new[] { "222222222222" } : accounts, RoleName = "OSAccess", Window = window, Reason = reason,
        };
        var plan = await writer.PlanAsync(request, HubWorld.Hub, Admin, None);
        return await writer.ApplyAsync(plan, None);
    }

    private async Task<GrantSnapshot> ReadAsync(HubWorld hub)
    {
        using var iam = hub.Iam();
        return await GrantReader.ReadAsync(iam, None);
    }

    private AccessWindow Hour() => AccessWindow.Create(Now, Now.AddHours(1));

    [Fact]
    public async Task APersonGetsInOnlyInsideTheWindow()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        Assert.False(await hub.CanAssumeAsync("bob", "222222222222"));

        var grant = await GrantAsync(hub, "bob", Hour());
        Aws.Emulator.Clock.Set(grant.Window.Start.AddSeconds(1));
        Assert.True(await hub.CanAssumeAsync("bob", "222222222222"));
        Assert.False(await hub.CanAssumeAsync("bob", "333333333333"));

        Aws.Emulator.Clock.Set(grant.Window.End);
        Assert.False(await hub.CanAssumeAsync("bob", "222222222222"));
        Aws.Emulator.Clock.Set(grant.Window.End.AddMinutes(5));
        Assert.False(await hub.CanAssumeAsync("bob", "222222222222"));
    }

    [Fact]
    public async Task AGrantThatStartsLaterIsNotUsableBeforeItsStart()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        var grant = await GrantAsync(hub, "bob", AccessWindow.Create(Now.AddHours(2), Now.AddHours(3)));

        Assert.Equal(GrantStatus.Pending, grant.StatusAt(Now));
        Assert.False(await hub.CanAssumeAsync("bob", "222222222222"));
        Aws.Emulator.Clock.Set(grant.Window.Start.AddSeconds(1));
        Assert.True(await hub.CanAssumeAsync("bob", "222222222222"));
    }

    [Fact]
    public async Task CredentialsFromInsideTheWindowEndWithTheirSessionDuration()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        var grant = await GrantAsync(hub, "bob", AccessWindow.Create(Now, Now.AddMinutes(30)));
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));
        var assumed = await hub.AssumeAsync("bob", "222222222222");
        Assert.True(assumed.Ok, assumed.ToString());
        var session = Aws.Client(new Credentials(assumed.X("AccessKeyId")!, assumed.X("SecretAccessKey")!, assumed.X("SessionToken")));

        Aws.Emulator.Clock.Set(grant.Window.End.AddMinutes(1));
        Assert.True((await session.Sts("GetCallerIdentity")).Ok);
        Aws.Emulator.Clock.Advance(TimeSpan.FromHours(1));
        Assert.False((await session.Sts("GetCallerIdentity")).Ok);
    }

    [Fact]
    public async Task OneGrantCoversEveryAccountItNames()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        await GrantAsync(hub, "bob", Hour(), "CHG-3", HubWorld.Members);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));

        foreach (var account in HubWorld.Members) Assert.True(await hub.CanAssumeAsync("bob", account), account);
        var read = Assert.Single((await ReadAsync(hub)).Grants);
        Assert.Equal(HubWorld.Members, read.AccountIds);
    }

    [Fact]
    public async Task OverlappingGrantsAreIndependent()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        var first = await GrantAsync(hub, "bob", Hour());
        var second = await GrantAsync(hub, "bob", AccessWindow.Create(Now, Now.AddHours(2)));
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));

        using (var iam = hub.Iam()) await GrantRemover.RemoveAsync(iam, "bob", first.PolicyArn, None);

        Assert.True(await hub.CanAssumeAsync("bob", "222222222222"));
        Assert.Equal(second.GrantId, Assert.Single((await ReadAsync(hub)).Grants).GrantId);
        Aws.Emulator.Clock.Set(first.Window.End.AddMinutes(1));
        Assert.True(await hub.CanAssumeAsync("bob", "222222222222"));
    }

    [Fact]
    public async Task TheRecordReadsBackExactly()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        var reason = "patching, ticket #42 — 承認済み = yes ";
        var made = await GrantAsync(hub, "bob", Hour(), reason, "333333333333", "222222222222");

        var read = Assert.Single((await ReadAsync(hub)).Grants);
        Assert.Equal((made.GrantId, "bob", reason, Admin, made.GrantedAt, made.Window, made.PolicyArn),
            (read.GrantId, read.UserName, read.Reason, read.GrantedBy, read.GrantedAt, read.Window, read.PolicyArn));
        Assert.Equal(new[] { "333333333333", "222222222222" }, read.AccountIds);
        Assert.Equal("OSAccess", read.RoleName);
        Assert.StartsWith("arn:aws:iam::111111111111:policy/osaccess/grants/bob/OSAccessGrant-", read.PolicyArn);

        var noReason = await GrantAsync(hub, "bob", Hour(), reason: null);
        Assert.Null((await ReadAsync(hub)).Grants.Single(g => g.GrantId == noReason.GrantId).Reason);
    }

    [Fact]
    public async Task TwentyGrantsAtOnceAllExistOrFailWithTheLimit()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        var window = Hour();
        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try { return (Grant: await GrantAsync(hub, "bob", window, $"parallel {i}"), Limit: (GrantLimitExceededException?)null); }
            catch (GrantLimitExceededException e) { return (Grant: (GrantRecord?)null, Limit: e); }
        })).ToArray();
        var results = await Task.WhenAll(attempts);

        var made = results.Where(r => r.Grant != null).Select(r => r.Grant!.GrantId).OrderBy(id => id).ToList();
        var read = (await ReadAsync(hub)).Grants.Select(g => g.GrantId).OrderBy(id => id).ToList();
        Assert.Equal(10, made.Count);
        Assert.Equal(made, read);
        Assert.All(results.Where(r => r.Limit != null), r => Assert.Contains("10 managed policies attached", r.Limit!.Message));
        Assert.Empty((await ReadAsync(hub)).Leftovers);
    }

    [Fact]
    public async Task AFullUserIsRefusedWithNothingWritten()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        for (var i = 0; i < 10; i++) await GrantAsync(hub, "bob", Hour());
        Aws.Emulator.Requests.Clear();

        var refused = await Assert.ThrowsAsync<GrantLimitExceededException>(() => GrantAsync(hub, "bob", Hour()));

        Assert.Contains("Revoke-OSAccess", refused.Message);
        Assert.Equal(0, hub.Writes());
    }

    [Fact]
    public async Task TheNextGrantRemovesThePersonsExpiredGrantsAndLeftovers()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob", "carol");
        var old = await GrantAsync(hub, "bob", AccessWindow.Create(Now, Now.AddMinutes(10)));
        var others = await GrantAsync(hub, "carol", AccessWindow.Create(Now, Now.AddMinutes(10)));
        using (var iam = hub.Iam())
        {
            await iam.CreatePolicyAsync(GrantPolicyName.Name(Now.AddHours(1), "feedface"), """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::222222222222:role/OSAccess"}]}""",
                GrantPolicyName.PathFor("bob"), null, null, None);
        }
        Aws.Emulator.Clock.Advance(TimeSpan.FromHours(2));

        var fresh = await GrantAsync(hub, "bob", Hour());

        var snapshot = await ReadAsync(hub);
        Assert.Equal(new[] { fresh.GrantId, others.GrantId }.OrderBy(x => x), snapshot.Grants.Select(g => g.GrantId).OrderBy(x => x));
        Assert.Empty(snapshot.Leftovers);
        Assert.DoesNotContain(snapshot.Grants, g => g.GrantId == old.GrantId);
    }

    [Fact]
    public async Task AnUnknownUserIsRefusedWithNothingWritten()
    {
        var hub = await HubWorld.CreateAsync(Aws);
        Aws.Emulator.Requests.Clear();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GrantAsync(hub, "nobody", Hour()));
        Assert.Equal("UserName", error.ParamName);
        Assert.Contains("no IAM user named 'nobody'", error.Message);
        Assert.Equal(0, hub.Writes());
    }

    [Fact]
    public async Task HousekeepingFindsGrantsThatAreOverAndOldLeftoversOnly()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob", "carol");
        var shortOne = await GrantAsync(hub, "bob", AccessWindow.Create(Now, Now.AddMinutes(10)));
        var longOne = await GrantAsync(hub, "carol", AccessWindow.Create(Now, Now.AddHours(3)));
        using (var iam = hub.Iam())
        {
            await iam.CreatePolicyAsync(GrantPolicyName.Name(Now.AddHours(1), "0dd0dd00"), """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::222222222222:role/OSAccess"}]}""",
                GrantPolicyName.PathFor("bob"), null, null, None);
        }

        var soon = await ReadAsync(hub);
        Assert.Empty(soon.ExpiredAt(Now));
        Assert.Empty(soon.LeftoversAt(Now));
        Assert.Single(soon.Leftovers);

        var later = Now.AddHours(2);
        Assert.Equal(shortOne.GrantId, Assert.Single(soon.ExpiredAt(later)).GrantId);
        Assert.Contains("0dd0dd00", Assert.Single(soon.LeftoversAt(later)).PolicyName);
        Assert.DoesNotContain(soon.ExpiredAt(later), g => g.GrantId == longOne.GrantId);
    }
}
