using System;
using System.Threading.Tasks;
using LocalAws.Dispatch;
using LocalAws.Tests.Support;

namespace LocalAws.Tests.Scenario;

/// <summary>The seed story end to end, decided by the policy engine: the guardrail SCP, the OSAccess role, the time-boxed grant.</summary>
public class SeedStoryTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Prod = "222222222222";
    private const string Linux = "i-0a1b2c3d4e5f60001";
    private const string Windows = "i-0a1b2c3d4e5f60002";
    private const string GuiConnect = "ssm-guiconnect.amazonaws.com";
    private static readonly string OsAccessArn = $"arn:aws:iam::{Prod}:role/OSAccess";
    public SeedStoryTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private async Task AttachGuardrailToProd()
    {
        var created = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "DenyStartSession"), ("Description", "guardrail"),
            ("Type", "SERVICE_CONTROL_POLICY"), ("Content", SeedDocuments.GuardrailScp)));
        Assert.True(created.Ok, created.ToString());
        string id = created.Json["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        var attached = await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", id), ("TargetId", Prod)));
        Assert.True(attached.Ok, attached.ToString());
    }

    private async Task<AwsClient> ProdAdmin() =>
        await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole(Prod), "admin");

    private async Task CreateOsAccessRole(AwsClient prodAdmin)
    {
        Assert.True((await prodAdmin.Iam("CreateRole", ("RoleName", "OSAccess"), ("AssumeRolePolicyDocument", SeedDocuments.OsAccessTrust))).Ok);
        Assert.True((await prodAdmin.Iam("AttachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))).Ok);
        var put = await prodAdmin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "OSAccessPolicy"), ("PolicyDocument", SeedDocuments.OsAccessPolicy));
        Assert.True(put.Ok, put.ToString());
    }

    private static System.Text.Json.Nodes.JsonObject Start(string target, string? document = null) =>
        document is null ? J.O(("Target", target)) : J.O(("Target", target), ("DocumentName", document));

    [Fact]
    public async Task WithoutTheScpAnAdminRoleMayStartASession()
    {
        var admin = await ProdAdmin();
        var started = await admin.Ssm("StartSession", Start(Linux));
        Assert.True(started.Ok, started.ToString());
    }

    [Fact]
    public async Task WithTheScpAnAdminRoleIsDeniedTheTerminal()
    {
        await AttachGuardrailToProd();
        var admin = await ProdAdmin();
        var denied = await admin.Ssm("StartSession", Start(Linux));
        Assert.Equal("AccessDeniedException", denied.ErrorCode);
        Assert.Contains("explicit deny in a service control policy", denied.ErrorMessage);
        Assert.Contains("assumed-role/OrganizationAccountAccessRole/admin", denied.ErrorMessage);
    }

    [Fact]
    public async Task WithTheScpAnAdminRoleIsDeniedRdpThroughGuiConnect()
    {
        await AttachGuardrailToProd();
        var admin = await ProdAdmin();
        admin.ExtraHeaders[RequestDispatcher.CalledViaHeader] = GuiConnect;
        var denied = await admin.Ssm("StartSession", Start(Windows, "AWS-StartPortForwardingSession"));
        Assert.Equal("AccessDeniedException", denied.ErrorCode);
        Assert.Contains("service control policy", denied.ErrorMessage);
    }

    [Fact]
    public async Task TheScpOnTheRootDoesNotBindTheManagementAccount()
    {
        var created = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "DenyStartSession"), ("Description", "guardrail"),
            ("Type", "SERVICE_CONTROL_POLICY"), ("Content", SeedDocuments.GuardrailScp)));
        string id = created.Json["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        string root = (await Aws.Admin.Organizations("ListRoots")).Json["Roots"]![0]!["Id"]!.GetValue<string>();
        Assert.True((await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", id), ("TargetId", root)))).Ok);
        var management = await Aws.Admin.Ssm("StartSession", Start(Linux));
        Assert.Equal("TargetNotConnected", management.ErrorCode);
        var member = await (await ProdAdmin()).Ssm("StartSession", Start(Linux));
        Assert.Equal("AccessDeniedException", member.ErrorCode);
    }

    [Fact]
    public async Task WithTheScpTheOsAccessRoleMayUseTerminalAndGuiConnect()
    {
        await AttachGuardrailToProd();
        await CreateOsAccessRole(await ProdAdmin());
        var osAccess = await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "admin");
        var terminal = await osAccess.Ssm("StartSession", Start(Linux));
        Assert.True(terminal.Ok, terminal.ToString());

        osAccess.ExtraHeaders[RequestDispatcher.CalledViaHeader] = GuiConnect;
        var rdp = await osAccess.Ssm("StartSession", Start(Windows, "AWS-StartPortForwardingSession"));
        Assert.True(rdp.Ok, rdp.ToString());
    }

    [Fact]
    public async Task PortForwardingWithoutGuiConnectIsNotAllowedToOsAccess()
    {
        await CreateOsAccessRole(await ProdAdmin());
        var osAccess = await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "admin");
        var denied = await osAccess.Ssm("StartSession", Start(Windows, "AWS-StartPortForwardingSession"));
        Assert.Equal("AccessDeniedException", denied.ErrorCode);
        Assert.Contains("because no identity-based policy allows", denied.ErrorMessage);
    }

    [Fact]
    public async Task TheGrantLetsAliceAssumeOsAccessOnlyStrictlyInsideItsWindow()
    {
        await CreateOsAccessRole(await ProdAdmin());
        var alice = Aws.Client(Credentials.Alice);
        Assert.True((await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "OSAccessGrant"),
            ("PolicyDocument", SeedDocuments.AssumeRoleGrant))).Ok);

        async Task<string?> AssumeAt(string instant)
        {
            Aws.Emulator.Clock.Set(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
            return (await alice.Sts("AssumeRole", ("RoleArn", OsAccessArn), ("RoleSessionName", "alice"))).ErrorCode;
        }

        Assert.Equal("AccessDenied", await AssumeAt("2030-03-31T23:59:59Z"));
        Assert.Equal("AccessDenied", await AssumeAt("2030-04-01T00:00:00Z"));
        Assert.Null(await AssumeAt("2030-04-01T00:00:01Z"));
        Assert.Null(await AssumeAt("2030-06-30T23:59:58Z"));
        Assert.Equal("AccessDenied", await AssumeAt("2030-06-30T23:59:59Z"));
    }

    [Fact]
    public async Task CredentialsIssuedInsideTheWindowOutliveItUntilTheyExpire()
    {
        await CreateOsAccessRole(await ProdAdmin());
        await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "OSAccessGrant"), ("PolicyDocument", SeedDocuments.AssumeRoleGrant));
        Aws.Emulator.Clock.Set(new DateTimeOffset(2030, 6, 30, 23, 59, 58, TimeSpan.Zero));
        var session = await Aws.AssumeAsync(Aws.Client(Credentials.Alice), OsAccessArn, "alice");
        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.True((await session.Ssm("StartSession", Start(Linux))).Ok);
        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal("ExpiredTokenException", (await session.Ssm("StartSession", Start(Linux))).ErrorCode);
    }

    [Fact]
    public async Task RevokingOlderSessionsDeniesCredentialsIssuedBeforeTheRevocation()
    {
        Aws.Emulator.Clock.Set(new DateTimeOffset(2030, 5, 1, 10, 0, 0, TimeSpan.Zero));
        var prodAdmin = await ProdAdmin();
        await CreateOsAccessRole(prodAdmin);
        var before = await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "early");
        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(5));
        const string revoke = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"DateLessThan":{"aws:TokenIssueTime":"2030-05-01T10:05:00Z"}}}]}""";
        Assert.True((await prodAdmin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "AWSRevokeOlderSessions"), ("PolicyDocument", revoke))).Ok);
        var denied = await before.Ssm("StartSession", Start(Linux));
        Assert.Equal("AccessDeniedException", denied.ErrorCode);
        Assert.Contains("explicit deny in an identity-based policy", denied.ErrorMessage);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "late");
        Assert.True((await after.Ssm("StartSession", Start(Linux))).Ok);
    }

    [Fact]
    public async Task OsAccessSessionsTerminateOnlyTheirOwnSessions()
    {
        await CreateOsAccessRole(await ProdAdmin());
        var mine = await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "mine");
        var theirs = await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "theirs");
        string myId = (await mine.Ssm("StartSession", Start(Linux))).Json["SessionId"]!.GetValue<string>();
        string theirId = (await theirs.Ssm("StartSession", Start(Linux))).Json["SessionId"]!.GetValue<string>();
        Assert.Equal("AccessDeniedException", (await mine.Ssm("TerminateSession", J.O(("SessionId", theirId)))).ErrorCode);
        Assert.True((await mine.Ssm("TerminateSession", J.O(("SessionId", myId)))).Ok);
    }
}
