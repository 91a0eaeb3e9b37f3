using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Seeding;
using LocalAws.Tests.Support;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Policy;
using OsAccess.Workflows.Organization;

namespace LocalAws.Tests.Scenario;

/// <summary>
/// Over a whole organization read the way Test-OSAccessScp reads it (<see cref="OrganizationScpReader"/>, then
/// <see cref="GuardrailChecker"/>), what the check reports for every account agrees with what LocalAws enforces there:
/// a real ssm:StartSession by an admin role (reached through OrganizationAccountAccessRole) and by the OSAccess role.
/// </summary>
public class OrganizationCheckAgreementTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Management = "111111111111";
    private const string DenySsm = """{"Version":"2012-10-17","Statement":[{"Sid":"NoSsm","Effect":"Deny","Action":"ssm:*","Resource":"*"}]}""";
    private const string DenyRegions = """{"Version":"2012-10-17","Statement":[{"Sid":"OnlyUsRegions","Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringNotLike":{"aws:RequestedRegion":"us-*"}}}]}""";
    private const string DenyLeaving = """{"Version":"2012-10-17","Statement":[{"Sid":"StayInOrg","Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}""";

    public OrganizationCheckAgreementTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private static readonly string[] Accounts = { Management, "222222222222", "333333333333", "444444444444", "555555555555" };

    /// <summary>The default seed, with a Sandbox OU and account, an instance, an Admin and an OSAccess role (AdministratorAccess) in every account, and the SCPs.</summary>
    private static SeedDocument Seed()
    {
        var seed = JsonNode.Parse(AwsManagedPolicies.Resource("default-seed.json"))!.AsObject();
        var org = seed["organization"]!.AsObject();
        org["organizationalUnits"]!.AsArray().Add(new JsonObject { ["name"] = "Sandbox", ["parent"] = "Root" });
        org["accounts"]!.AsArray().Add(new JsonObject { ["id"] = "555555555555", ["name"] = "sandbox", ["email"] = "sandbox@example.com", ["parent"] = "Sandbox" });
        var guardrail = PolicyJsonWriter.Write(GuardrailScpBuilder.Build(), PolicyJsonStyle.Minified);
        org["serviceControlPolicies"] = new JsonArray(
            Scp("OSAccessGuardrail", guardrail, "Workloads", "Security"),
            Scp("NoSsm", DenySsm, "Dev"),
            Scp("OnlyUsRegions", DenyRegions, "Root"),
            Scp("StayInOrg", DenyLeaving, "Workloads", "555555555555"));
        var instances = new JsonArray();
        var roles = new JsonArray();
        foreach (var account in Accounts)
        {
            instances.Add(new JsonObject { ["account"] = account, ["instanceId"] = Instance(account), ["platformType"] = "Linux", ["computerName"] = $"host.{account}" });
            roles.Add(Role(account, "OSAccess", Management));
            roles.Add(Role(account, "Admin", account));
        }
        seed["instances"] = instances;
        seed["roles"] = roles;
        return DefaultSeed.Parse(seed.ToJsonString());
    }

    private static JsonObject Scp(string name, string content, params string[] targets) =>
        new() { ["name"] = name, ["content"] = content, ["targets"] = new JsonArray(targets.Select(t => (JsonNode)t).ToArray()) };

    private static JsonObject Role(string account, string name, string trusted) => new()
    {
        ["account"] = account, ["name"] = name,
        ["trustPolicy"] = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{trusted}}:root"},"Action":"sts:AssumeRole"}]}""",
        ["managedPolicies"] = new JsonArray("arn:aws:iam::aws:policy/AdministratorAccess"),
    };

    private static string Instance(string account) => $"i-0{account[..11]}00001";

    private async Task<bool> AdminStartsASession(string account)
    {
        var deployment = account == Management ? Aws.Admin : await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole(account), "deploy");
        var admin = await Aws.AssumeAsync(deployment, $"arn:aws:iam::{account}:role/Admin", "admin");
        return (await admin.Ssm("StartSession", J.O(("Target", Instance(account))))).Ok;
    }

    private async Task<bool> OsAccessStartsASession(string account)
    {
        var role = await Aws.AssumeAsync(Aws.Admin, $"arn:aws:iam::{account}:role/OSAccess", "alice");
        return (await role.Ssm("StartSession", J.O(("Target", Instance(account))))).Ok;
    }

    [Fact]
    public async Task WhatTheCheckReportsForEveryAccountIsWhatLocalAwsEnforces()
    {
        Aws.Emulator.Reset(Seed());
        var view = await new OrganizationScpReader(new OrganizationsClient(Aws.ProductClientOptions("organizations"))).ReadAsync(new string[0], null, CancellationToken.None);
        var checker = new GuardrailChecker(new GuardrailCheckOptions(new GuardrailScpOptions().Resolve()));
        var results = view.Accounts.Select(checker.Check).ToDictionary(r => r.AccountId);

        Assert.Equal(Accounts.OrderBy(a => a), results.Keys.OrderBy(a => a));
        var seen = new List<string>();
        foreach (var account in Accounts)
        {
            var result = results[account];
            bool checkSaysAdminMay = result.Findings.Any(f => f.Id == "ManagementAccount" || (f.Id == "AdminNotDenied" && f.Actions.Contains("ssm:StartSession")));
            bool checkSaysOsAccessMay = !result.Findings.Any(f => f.Id == "ExemptRoleDenied" && f.Actions.Contains("ssm:StartSession"));
            Assert.True(checkSaysAdminMay == await AdminStartsASession(account), $"{account} ({result.AccountName}, {result.Path}): the check says the admin {(checkSaysAdminMay ? "may" : "may not")} start a session");
            Assert.True(checkSaysOsAccessMay == await OsAccessStartsASession(account), $"{account} ({result.AccountName}, {result.Path}): the check says OSAccess {(checkSaysOsAccessMay ? "may" : "may not")} start a session");
            seen.Add($"{result.AccountName}:{(result.Compliant ? "compliant" : string.Join("+", result.Findings.Select(f => f.Id).Distinct()))}");
        }

        // The organization holds each case: covered, broken by another SCP, uncovered, and the management account.
        Assert.Equal(new[] { "management:compliant", "prod:compliant", "dev:ExemptRoleDenied+ExemptRoleUnguarded", "audit:compliant", "sandbox:AdminNotDenied+ExemptRoleUnguarded" }, seen);
    }
}
