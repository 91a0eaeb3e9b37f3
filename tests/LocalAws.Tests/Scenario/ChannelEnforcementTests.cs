using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;

namespace LocalAws.Tests.Scenario;

/// <summary>
/// What LocalAws really enforces once the guardrail built with <c>-Channel All -AutomationRoleName Patching -ProtectRole</c>
/// is attached to the prod account: every caller holds AdministratorAccess, so the SCP alone tells them apart.
/// </summary>
public class ChannelEnforcementTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Prod = "222222222222";
    private const string Linux = "i-0a1b2c3d4e5f60001";
    private const string Windows = "i-0a1b2c3d4e5f60002";
    private const string Key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEKEYEXAMPLEKEYEXAMPLEKEYEXAMPLEK tester";
    private static readonly string Trust = SeedDocuments.OsAccessTrust.Trim();

    public ChannelEnforcementTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    /// <summary>Each channel, tried by one caller: true when AWS let it through, false when refused by the SCP.</summary>
    private static readonly (string Channel, bool Automation, Func<AwsClient, string, Task<AwsAnswer>> Try)[] Channels =
    {
        ("ssm:StartSession", false, (c, _) => c.Ssm("StartSession", J.O(("Target", Linux)))),
        ("ssm:ResumeSession", false, (c, session) => c.Ssm("ResumeSession", J.O(("SessionId", session)))),
        ("ec2-instance-connect:SendSSHPublicKey", false, (c, _) => c.InstanceConnect("SendSSHPublicKey", J.O(("InstanceId", Linux), ("InstanceOSUser", "ec2-user"), ("SSHPublicKey", Key)))),
        ("ec2-instance-connect:SendSerialConsoleSSHPublicKey", false, (c, _) => c.InstanceConnect("SendSerialConsoleSSHPublicKey", J.O(("InstanceId", Linux), ("SSHPublicKey", Key)))),
        ("ec2:EnableSerialConsoleAccess", false, (c, _) => c.Ec2("EnableSerialConsoleAccess")),
        ("ec2:GetPasswordData", false, (c, _) => c.Ec2("GetPasswordData", ("InstanceId", Windows))),
        ("ssm:SendCommand", true, (c, _) => c.Ssm("SendCommand", J.O(("DocumentName", "AWS-RunShellScript"), ("InstanceIds", new JsonArray(Linux))))),
        ("ssm:CreateAssociation", true, (c, _) => c.Ssm("CreateAssociation", J.O(("Name", "AWS-RunPatchBaseline"),
            ("Targets", new JsonArray(J.O(("Key", "InstanceIds"), ("Values", new JsonArray(Linux)))))))),
        ("ssm:StartAutomationExecution", true, (c, _) => c.Ssm("StartAutomationExecution", J.O(("DocumentName", "AWS-RestartEC2Instance")))),
    };

    private async Task<AwsClient> Role(string name, string session = "tester") =>
        await Aws.AssumeAsync(Aws.Admin, $"arn:aws:iam::{Prod}:role/{name}", session);

    /// <summary>The roles, the serial console on, an OSAccess session to resume, then the guardrail; returns that session's id.</summary>
    private async Task<string> PublishGuardrail()
    {
        var deployment = await Role("OrganizationAccountAccessRole", "deploy");
        foreach (var role in new[] { "OSAccess", "Patching", "Admin" })
        {
            Assert.True((await deployment.Iam("CreateRole", ("RoleName", role), ("AssumeRolePolicyDocument", Trust))).Ok);
            Assert.True((await deployment.Iam("AttachRolePolicy", ("RoleName", role), ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"))).Ok);
        }
        Assert.True((await deployment.Ec2("EnableSerialConsoleAccess")).Ok);
        var started = await (await Role("OSAccess", "alice")).Ssm("StartSession", J.O(("Target", Linux)));
        Assert.True(started.Ok, started.ToString());

        var guardrail = new BuiltPolicyDocument("GuardrailScp", OsAccess.Core.Policy.Validation.PolicyType.ServiceControl, GuardrailScpBuilder.Build(new GuardrailScpOptions
        {
            Channel = GuardrailChannel.All, AutomationRoleNames = new[] { "Patching" }, ProtectRole = true,
        }));
        var created = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "OSAccessGuardrail"), ("Description", "OS access guardrail"),
            ("Type", "SERVICE_CONTROL_POLICY"), ("Content", guardrail.MinifiedJson)));
        Assert.True(created.Ok, created.ToString());
        var attached = await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", created.Json["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>()), ("TargetId", Prod)));
        Assert.True(attached.Ok, attached.ToString());
        return started.Json["SessionId"]!.GetValue<string>();
    }

    private static async Task<Dictionary<string, AwsAnswer>> TryEveryChannel(AwsClient caller, string session)
    {
        var answers = new Dictionary<string, AwsAnswer>();
        foreach (var (channel, _, attempt) in Channels) answers[channel] = await attempt(caller, session);
        return answers;
    }

    private static void AssertRefusedByTheScp(AwsAnswer answer, string channel)
    {
        Assert.False(answer.Ok, $"{channel}: {answer}");
        Assert.Contains(answer.ErrorCode, new[] { "AccessDeniedException", "UnauthorizedOperation" });
        Assert.Contains($"is not authorized to perform: {channel} on resource", answer.ErrorMessage);
        Assert.Contains("with an explicit deny in a service control policy", answer.ErrorMessage);
    }

    [Fact]
    public async Task AMemberAccountAdministratorIsRefusedEveryChannel()
    {
        string session = await PublishGuardrail();
        foreach (var (channel, answer) in await TryEveryChannel(await Role("Admin"), session)) AssertRefusedByTheScp(answer, channel);
    }

    [Fact]
    public async Task TheExemptRoleKeepsEveryChannel()
    {
        string session = await PublishGuardrail();
        foreach (var (channel, answer) in await TryEveryChannel(await Role("OSAccess", "alice"), session)) Assert.True(answer.Ok, $"{channel}: {answer}");
    }

    [Fact]
    public async Task TheAutomationRoleKeepsOnlyTheAutomationChannels()
    {
        string session = await PublishGuardrail();
        var answers = await TryEveryChannel(await Role("Patching"), session);
        foreach (var (channel, automation, _) in Channels)
        {
            if (automation) Assert.True(answers[channel].Ok, $"{channel}: {answers[channel]}");
            else AssertRefusedByTheScp(answers[channel], channel);
        }
    }

    [Fact]
    public async Task OnlyTheDeploymentRoleMayChangeTheProtectedRoles()
    {
        await PublishGuardrail();
        var admin = await Role("Admin");
        foreach (var role in new[] { "OSAccess", "Patching", "OrganizationAccountAccessRole" })
        {
            var retrust = await admin.Iam("UpdateAssumeRolePolicy", ("RoleName", role), ("PolicyDocument", Trust.Replace("111111111111", Prod)));
            Assert.Equal("AccessDenied", retrust.ErrorCode);
            Assert.Contains("explicit deny in a service control policy", retrust.ErrorMessage);
        }
        Assert.Equal("AccessDenied", (await admin.Iam("DeleteRole", ("RoleName", "OSAccess"))).ErrorCode);
        Assert.True((await admin.Iam("CreateRole", ("RoleName", "AppRole"), ("AssumeRolePolicyDocument", Trust))).Ok);

        var deployment = await Role("OrganizationAccountAccessRole", "deploy");
        Assert.True((await deployment.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "OSAccessPolicy"), ("PolicyDocument", SeedDocuments.OsAccessPolicy))).Ok);
    }
}
