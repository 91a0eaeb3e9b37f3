using System.Linq;
using System.Threading.Tasks;
using LocalAws.State;
using LocalAws.Tests.Support;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Policy;

namespace LocalAws.Tests.Scenario;

/// <summary>
/// What the guardrail checks say about an account agrees with what LocalAws enforces there, for organizations with and
/// without the guardrail and with an SCP that breaks it: the checks are not only a model of themselves.
/// </summary>
public class GuardrailCheckAgreementTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Prod = "222222222222";
    private const string Linux = "i-0a1b2c3d4e5f60001";
    private const string DenySsm = """{"Version":"2012-10-17","Statement":[{"Sid":"NoSsm","Effect":"Deny","Action":"ssm:*","Resource":"*"}]}""";

    public GuardrailCheckAgreementTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    /// <summary>The account's path as LocalAws holds it, read from its state the way the online check reads it from Organizations.</summary>
    private AccountScpPath PathOf(string accountId)
    {
        var org = Aws.Emulator.World.Organization!;
        var levels = org.PathOf(accountId).Select(target => new ScpLevel(target,
            target == org.RootId ? "Root" : org.Units.TryGetValue(target, out var unit) ? unit.Name : org.Accounts[target].Name,
            org.AttachedTo(target).Select(id => new ServiceControlPolicy(id, org.Policies[id].Name, org.Policies[id].Content)).ToList())).ToList();
        return new AccountScpPath(accountId, org.Accounts[accountId].Name, levels);
    }

    private async Task Attach(string name, string content, string target)
    {
        var created = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", name), ("Description", name), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", content)));
        Assert.True(created.Ok, created.ToString());
        Assert.True((await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", created.Json["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>()), ("TargetId", target)))).Ok);
    }

    private async Task<bool> StartsASession(string role) =>
        (await (await Aws.AssumeAsync(Aws.Admin, $"arn:aws:iam::{Prod}:role/{role}", "check")).Ssm("StartSession", J.O(("Target", Linux)))).Ok;

    [Theory]
    [InlineData("no guardrail")]
    [InlineData("guardrail on the OU")]
    [InlineData("guardrail, and an SCP denying SSM on the account")]
    public async Task TheChecksAgreeWithWhatLocalAwsEnforces(string org)
    {
        var deployment = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole(Prod), "deploy");
        foreach (var role in new[] { "OSAccess", "Admin" })
        {
            Assert.True((await deployment.Iam("CreateRole", ("RoleName", role), ("AssumeRolePolicyDocument", SeedDocuments.OsAccessTrust.Trim()))).Ok);
            Assert.True((await deployment.Iam("AttachRolePolicy", ("RoleName", role), ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"))).Ok);
        }
        var guardrail = PolicyJsonWriter.Write(GuardrailScpBuilder.Build(), PolicyJsonStyle.Minified);
        var ou = Aws.Emulator.World.Organization!.Accounts[Prod].ParentId;
        if (org != "no guardrail") await Attach("OSAccessGuardrail", guardrail, ou);
        if (org.Contains("denying SSM")) await Attach("NoSsm", DenySsm, Prod);

        var result = new GuardrailChecker(new GuardrailCheckOptions(new GuardrailScpOptions().Resolve())).Check(PathOf(Prod));
        bool checkSaysAdminMay = result.Findings.Any(f => f.Id == "AdminNotDenied" && f.Actions.Contains("ssm:StartSession"));
        bool checkSaysOsAccessMay = !result.Findings.Any(f => f.Id == "ExemptRoleDenied" && f.Actions.Contains("ssm:StartSession"));

        Assert.Equal(checkSaysAdminMay, await StartsASession("Admin"));
        Assert.Equal(checkSaysOsAccessMay, await StartsASession("OSAccess"));
        Assert.Equal(org == "guardrail on the OU", result.Compliant);
    }
}
