using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Core.Grants;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Tests.Support;

namespace OsAccess.Workflows.Tests.Grants;

/// <summary>Access to OSAccess that policies other than OsAccess's grants give, found by the engine, and checked against what LocalAws enforces.</summary>
public class UnmanagedAccessTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Admin = "arn:aws:iam::111111111111:user/admin";
    private const string Administrator = "arn:aws:iam::aws:policy/AdministratorAccess";
    private static readonly CancellationToken None = CancellationToken.None;

    public UnmanagedAccessTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private DateTimeOffset Now => Aws.Emulator.Clock.UtcNow;

    private static string Allow(string resource, string? condition = null) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"{{resource}}"{{(condition == null ? "" : "," + condition)}}}]}""";

    private static string Window(DateTimeOffset start, DateTimeOffset end) =>
        "\"Condition\":{\"DateGreaterThan\":{\"aws:CurrentTime\":\"" + Iso(start) + "\"},\"DateLessThan\":{\"aws:CurrentTime\":\"" + Iso(end) + "\"}}";

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private async Task Iam(string action, params (string, string)[] parameters) =>
        Assert.True((await Aws.Admin.Iam(action, parameters)).Ok, action);

    private async Task<IReadOnlyList<UnmanagedAccess>> FindAsync(HubWorld hub, IReadOnlyList<string>? accounts = null)
    {
        using var iam = hub.Iam();
        var snapshot = await GrantReader.ReadAsync(iam, None, everyPolicy: true);
        return new UnmanagedAccessReader(snapshot).Find("OSAccess", accounts, Now);
    }

    private static DateTimeOffset Second(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    [Fact]
    public async Task ASeedStyleGrantIsFoundWithItsWindowAndStatus()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob", "dave");
        var start = Second(Now.AddHours(2));
        var end = start.AddHours(1);
        await Iam("PutUserPolicy", ("UserName", "bob"), ("PolicyName", "OSAccessGrant"), ("PolicyDocument", Allow(HubWorld.RoleArn("222222222222"), Window(start, end))));
        var createdPolicy = await Aws.Admin.Iam("CreatePolicy", ("PolicyName", "OldWindow"), ("PolicyDocument", Allow(HubWorld.RoleArn("333333333333"), Window(start.AddDays(-3), start.AddDays(-2)))));
        await Iam("AttachUserPolicy", ("UserName", "dave"), ("PolicyArn", createdPolicy.X("Arn")!));

        var found = await FindAsync(hub);

        var bob = Assert.Single(found, f => f.UserName == "bob");
        Assert.Equal(new[] { "222222222222" }, bob.AccountIds);
        Assert.Equal(("OSAccessGrant", (string?)null, "user bob"), (bob.PolicyName, bob.PolicyArn, bob.AttachedTo));
        Assert.Equal((start, end), (bob.NotBefore!.Value, bob.NotAfter!.Value));
        Assert.Equal(GrantStatus.Pending, bob.StatusAt(Now));
        Assert.Equal(GrantStatus.Active, bob.StatusAt(start.AddSeconds(1)));
        Assert.Equal(GrantStatus.Expired, bob.StatusAt(end));
        var dave = Assert.Single(found, f => f.UserName == "dave");
        Assert.Equal(("OldWindow", createdPolicy.X("Arn"), "user dave", GrantStatus.Expired), (dave.PolicyName, dave.PolicyArn, dave.AttachedTo, dave.StatusAt(Now)));
        Assert.Equal(new[] { "333333333333" }, dave.AccountIds);

        // What LocalAws enforces agrees: refused before the window, let in inside it.
        Assert.False(await hub.CanAssumeAsync("bob", "222222222222"));
        Aws.Emulator.Clock.Set(start.AddSeconds(1));
        Assert.True(await hub.CanAssumeAsync("bob", "222222222222"));
        Assert.False(await hub.CanAssumeAsync("bob", "333333333333"));
    }

    [Fact]
    public async Task AGroupPolicyAndAdministratorAccessAreStandingAccessToEveryAccount()
    {
        var hub = await HubWorld.CreateAsync(Aws, "carol", "erin", "gina");
        await Iam("CreateGroup", ("GroupName", "operators"));
        await Iam("PutGroupPolicy", ("GroupName", "operators"), ("PolicyName", "AssumeOSAccess"), ("PolicyDocument", Allow("arn:aws:iam::*:role/OSAccess")));
        await Iam("AddUserToGroup", ("GroupName", "operators"), ("UserName", "carol"));
        await Iam("AttachUserPolicy", ("UserName", "erin"), ("PolicyArn", Administrator));
        await Iam("CreateGroup", ("GroupName", "admins"));
        await Iam("AttachGroupPolicy", ("GroupName", "admins"), ("PolicyArn", Administrator));
        await Iam("AddUserToGroup", ("GroupName", "admins"), ("UserName", "gina"));
        await Iam("PutUserPermissionsBoundary", ("UserName", "gina"), ("PermissionsBoundary", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"));

        var found = await FindAsync(hub);

        var carol = Assert.Single(found, f => f.UserName == "carol");
        Assert.Equal(("AssumeOSAccess", "group operators", GrantStatus.Standing), (carol.PolicyName, carol.AttachedTo, carol.StatusAt(Now)));
        Assert.Empty(carol.AccountIds);
        var erin = Assert.Single(found, f => f.UserName == "erin");
        Assert.Equal(("AdministratorAccess", Administrator, "user erin", GrantStatus.Standing), (erin.PolicyName, erin.PolicyArn, erin.AttachedTo, erin.StatusAt(Now)));
        Assert.Empty(erin.AccountIds);
        Assert.Contains(found, f => f.UserName == "admin" && f.PolicyArn == Administrator);
        // AdministratorAccess through a group, but within a boundary that does not allow sts:AssumeRole: no access.
        Assert.DoesNotContain(found, f => f.UserName == "gina");

        foreach (var account in HubWorld.Members)
        {
            Assert.True(await hub.CanAssumeAsync("carol", account));
            Assert.True(await hub.CanAssumeAsync("erin", account));
            Assert.False(await hub.CanAssumeAsync("gina", account));
        }
    }

    [Fact]
    public async Task OsAccessGrantsAreNotReportedAgainAndTheReadIsPagesOnly()
    {
        var hub = await HubWorld.CreateAsync(Aws, "frank");
        using (var iam = hub.Iam())
        {
            var writer = new GrantWriter(iam, new EmulatorClock(Aws.Emulator.Clock));
            var request = new GrantRequest { UserName = "frank", AccountIds = new[] { "222222222222" }, RoleName = "OSAccess", Window = AccessWindow.Create(Now, Now.AddHours(1)), Reason = "CHG-1" };
            await writer.ApplyAsync(await writer.PlanAsync(request, HubWorld.Hub, Admin, None), None);
        }
        Aws.Emulator.Requests.Clear();

        var found = await FindAsync(hub);

        Assert.DoesNotContain(found, f => f.UserName == "frank");
        Assert.Equal(Aws.Emulator.Requests.Total(), hub.Calls("iam:GetAccountAuthorizationDetails"));
        Assert.True(hub.Calls("iam:GetAccountAuthorizationDetails") >= 1);
    }

    [Fact]
    public async Task NamedAccountsAreTheOnesAskedAbout()
    {
        var hub = await HubWorld.CreateAsync(Aws, "bob");
        await Iam("PutUserPolicy", ("UserName", "bob"), ("PolicyName", "Prod"), ("PolicyDocument", Allow(HubWorld.RoleArn("222222222222"))));

        var asked = await FindAsync(hub, new[] { "222222222222", "333333333333" });

        var bob = Assert.Single(asked, f => f.UserName == "bob");
        Assert.Equal(new[] { "222222222222" }, bob.AccountIds);
        Assert.Equal(new[] { "222222222222", "333333333333" }, Assert.Single(asked, f => f.UserName == "admin").AccountIds);
        Assert.DoesNotContain(await FindAsync(hub, new[] { "333333333333" }), f => f.UserName == "bob");
    }
}
