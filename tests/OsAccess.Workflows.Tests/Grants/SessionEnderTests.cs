using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Core.Grants;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Tests.Support;

namespace OsAccess.Workflows.Tests.Grants;

/// <summary>Revoke-OSAccess -EndSessions in a member account, against what LocalAws enforces.</summary>
public class SessionEnderTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Prod = "222222222222";
    private const string Instance = "i-0a1b2c3d4e5f60001";
    private static readonly string[] Regions = { "us-east-1" };

    public SessionEnderTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private DateTimeOffset Now => Aws.Emulator.Clock.UtcNow;

    private async Task<HubWorld> WorldWithSessionsAsync()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob", "carol");
        foreach (var person in new[] { "bob", "carol" })
        {
            using var iam = hub.Iam();
            var writer = new GrantWriter(iam, new EmulatorClock(Aws.Emulator.Clock));
            var plan = await writer.PlanAsync(new GrantRequest
            {
                UserName = person, AccountIds = new[] { Prod }, RoleName = "OSAccess", Window = AccessWindow.Create(Now.AddSeconds(-1), Now.AddHours(1)), Reason = "x",
            }, HubWorld.Hub, "arn:aws:iam::111111111111:user/admin", CancellationToken.None);
            await writer.ApplyAsync(plan, CancellationToken.None);
        }
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        return hub;
    }

    private static async Task<string> StartAsync(AwsClient session)
    {
        var started = await session.Ssm("StartSession", new JsonObject { ["Target"] = Instance });
        Assert.True(started.Ok, started.ToString());
        return started.Json["SessionId"]!.GetValue<string>();
    }

    private static async Task<string?> StatusAsync(AwsClient session, string sessionId, string state = "Active")
    {
        var answer = await session.Ssm("DescribeSessions", new JsonObject { ["State"] = state });
        Assert.True(answer.Ok, answer.ToString());
        return answer.Json["Sessions"]!.AsArray().OfType<JsonObject>().FirstOrDefault(s => s["SessionId"]!.GetValue<string>() == sessionId)?["Status"]?.GetValue<string>();
    }

    private async Task<System.Collections.Generic.IReadOnlyList<string>> EndAsync(HubWorld hub, string person)
    {
        var (iam, ssm) = await hub.MemberAsync(Prod);
        using (iam) return await SessionEnder.EndAsync(iam, ssm, Regions, Prod, "OSAccess", person, Now, CancellationToken.None);
    }

    [Fact]
    public async Task ThePersonsSessionAndCredentialsEndWhileAnothersGoOn()
    {
        var hub = await WorldWithSessionsAsync();
        var bob = await hub.SessionAsync("bob", Prod);
        var carol = await hub.SessionAsync("carol", Prod);
        var bobs = await StartAsync(bob);
        var carols = await StartAsync(carol);

        var ended = await EndAsync(hub, "bob");

        Assert.Equal(new[] { bobs }, ended);
        Assert.Equal("AccessDeniedException", (await bob.Ssm("StartSession", new JsonObject { ["Target"] = Instance })).ErrorCode);
        Assert.Equal("Connected", await StatusAsync(carol, carols));
        Assert.Null(await StatusAsync(carol, bobs));
        Assert.Equal("Terminated", await StatusAsync(carol, bobs, "History"));
        Assert.True((await carol.Ssm("StartSession", new JsonObject { ["Target"] = Instance })).Ok);
    }

    [Fact]
    public async Task TheDenyCoversTheClockMarginAndLeavesCredentialsIssuedLaterAlone()
    {
        var hub = await WorldWithSessionsAsync();
        await EndAsync(hub, "bob");
        Aws.Emulator.Clock.Advance(SessionDenyBuilder.ClockMargin);
        Assert.Equal("AccessDeniedException", (await (await hub.SessionAsync("bob", Prod)).Ssm("StartSession", new JsonObject { ["Target"] = Instance })).ErrorCode);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));

        var later = await hub.SessionAsync("bob", Prod);

        Assert.True((await later.Ssm("StartSession", new JsonObject { ["Target"] = Instance })).Ok);
    }

    [Fact]
    public async Task TwoRevocationsInOneAccountAtOnceBothHold()
    {
        var hub = await WorldWithSessionsAsync();
        var bob = await hub.SessionAsync("bob", Prod);
        var carol = await hub.SessionAsync("carol", Prod);

        await Task.WhenAll(Task.Run(() => EndAsync(hub, "bob")), Task.Run(() => EndAsync(hub, "carol")));

        Assert.Equal("AccessDeniedException", (await bob.Ssm("StartSession", new JsonObject { ["Target"] = Instance })).ErrorCode);
        Assert.Equal("AccessDeniedException", (await carol.Ssm("StartSession", new JsonObject { ["Target"] = Instance })).ErrorCode);
    }

    [Fact]
    public async Task TheDenyIsCleanedUpOnlyOnceNoCredentialItTargetsCanBeAlive()
    {
        var hub = await WorldWithSessionsAsync();
        await EndAsync(hub, "bob");
        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(60));
        var (iam, _) = await hub.MemberAsync(Prod);
        using (iam) Assert.Empty(await SessionEnder.CleanUpAsync(iam, "OSAccess", Now, CancellationToken.None));

        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(2));
        (iam, _) = await hub.MemberAsync(Prod);
        using (iam)
        {
            Assert.Equal(new[] { "OSAccessRevoked-bob" }, await SessionEnder.CleanUpAsync(iam, "OSAccess", Now, CancellationToken.None));
            Assert.DoesNotContain("OSAccessRevoked-bob", (await iam.ListRolePoliciesAsync("OSAccess", null, CancellationToken.None)).Items);
        }
    }
}
