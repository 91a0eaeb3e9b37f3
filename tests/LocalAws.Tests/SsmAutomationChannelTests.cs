using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

/// <summary>The automation channels onto an instance through Systems Manager: Run Command, associations, Automation.</summary>
public class SsmAutomationChannelTests : LocalAwsTest<LocalAwsFixture>
{
    private const string Linux = "i-0a1b2c3d4e5f60001";
    private const string Windows = "i-0a1b2c3d4e5f60002";

    public SsmAutomationChannelTests(LocalAwsFixture aws) : base(aws) { }

    private Task<AwsClient> Prod(string session = "tester") =>
        Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"), session);

    private string[] Resources(string action) => Aws.Authorizer.Requests.Where(r => r.Action == action).Select(r => r.Resource).ToArray();

    [Fact]
    public async Task SendCommandIsAuthorisedOnTheDocumentAndEachNodeAndAnswersAPendingCommand()
    {
        var prod = await Prod();
        var sent = await prod.Ssm("SendCommand", J.O(("DocumentName", "AWS-RunShellScript"), ("InstanceIds", new JsonArray(Linux)),
            ("Parameters", J.O(("commands", new JsonArray("uptime")))), ("Comment", "check")));

        Assert.True(sent.Ok, sent.ToString());
        var command = sent.Json["Command"]!;
        Assert.Equal(("AWS-RunShellScript", "Pending", 1, "check"), (command["DocumentName"]!.GetValue<string>(), command["Status"]!.GetValue<string>(),
            command["TargetCount"]!.GetValue<int>(), command["Comment"]!.GetValue<string>()));
        Assert.Matches("^[0-9a-f-]{36}$", command["CommandId"]!.GetValue<string>());
        Assert.Equal(new[] { "arn:aws:ssm:us-east-1::document/AWS-RunShellScript", $"arn:aws:ec2:us-east-1:222222222222:instance/{Linux}" }, Resources("ssm:SendCommand"));
        Assert.Single(Aws.Emulator.World.Commands.Values, c => c.RequestedBy.EndsWith("/tester"));
    }

    [Fact]
    public async Task SendCommandResolvesTargetsByTag()
    {
        Aws.Emulator.World.Instances[Windows].Tags["Patch"] = "yes";
        var prod = await Prod();
        var sent = await prod.Ssm("SendCommand", J.O(("DocumentName", "AWS-RunPowerShellScript"),
            ("Targets", new JsonArray(J.O(("Key", "tag:Patch"), ("Values", new JsonArray("yes")))))));

        Assert.True(sent.Ok, sent.ToString());
        Assert.Equal(1, sent.Json["Command"]!["TargetCount"]!.GetValue<int>());
        Assert.Contains($"arn:aws:ec2:us-east-1:222222222222:instance/{Windows}", Resources("ssm:SendCommand"));
        Assert.Equal("yes", Aws.Authorizer.Last("ssm:SendCommand").Context["ssm:resourceTag/Patch"].Single());
    }

    [Fact]
    public async Task SendCommandRefusesUnknownDocumentsOfflineNodesAndNoTargets()
    {
        var prod = await Prod();
        Assert.Equal("InvalidDocument", (await prod.Ssm("SendCommand", J.O(("DocumentName", "Custom-Missing"), ("InstanceIds", new JsonArray(Linux))))).ErrorCode);
        Assert.Equal("InvalidDocument", (await prod.Ssm("SendCommand", J.O(("DocumentName", "AWS-StartSSHSession"), ("InstanceIds", new JsonArray(Linux))))).ErrorCode);
        Assert.Equal("InvalidInstanceId", (await prod.Ssm("SendCommand", J.O(("DocumentName", "AWS-RunShellScript"), ("InstanceIds", new JsonArray("i-0000000000000dead"))))).ErrorCode);
        Assert.Equal("InvalidInstanceId", (await prod.Ssm("SendCommand", J.O(("DocumentName", "AWS-RunShellScript"), ("InstanceIds", new JsonArray("web-1"))))).ErrorCode);
        Assert.Equal("ValidationException", (await prod.Ssm("SendCommand", J.O(("DocumentName", "AWS-RunShellScript")))).ErrorCode);
        Assert.Empty(Aws.Emulator.World.Commands);
    }

    [Fact]
    public async Task CreateAssociationBindsADocumentToANodeOnce()
    {
        var prod = await Prod();
        var created = await prod.Ssm("CreateAssociation", J.O(("Name", "AWS-RunPatchBaseline"), ("InstanceId", Linux), ("ScheduleExpression", "rate(1 day)")));

        Assert.True(created.Ok, created.ToString());
        var description = created.Json["AssociationDescription"]!;
        Assert.Equal(("AWS-RunPatchBaseline", Linux, "rate(1 day)"), (description["Name"]!.GetValue<string>(), description["InstanceId"]!.GetValue<string>(),
            description["ScheduleExpression"]!.GetValue<string>()));
        Assert.Equal(new[] { "arn:aws:ssm:us-east-1::document/AWS-RunPatchBaseline", $"arn:aws:ec2:us-east-1:222222222222:instance/{Linux}" }, Resources("ssm:CreateAssociation"));
        Assert.Equal("AssociationAlreadyExists", (await prod.Ssm("CreateAssociation", J.O(("Name", "AWS-RunPatchBaseline"), ("InstanceId", Linux)))).ErrorCode);
        Assert.Equal("InvalidDocument", (await prod.Ssm("CreateAssociation", J.O(("Name", "Custom-Missing"), ("InstanceId", Linux)))).ErrorCode);
        Assert.Equal("InvalidInstanceId", (await prod.Ssm("CreateAssociation", J.O(("Name", "AWS-RunPatchBaseline"), ("InstanceId", "i-0000000000000dead")))).ErrorCode);
        var byTag = await prod.Ssm("CreateAssociation", J.O(("Name", "AWS-GatherSoftwareInventory"), ("Targets", new JsonArray(J.O(("Key", "InstanceIds"), ("Values", new JsonArray("*")))))));
        Assert.True(byTag.Ok, byTag.ToString());
        Assert.Equal(2, Aws.Emulator.World.Associations.Count);
    }

    [Fact]
    public async Task StartAutomationExecutionIsAuthorisedOnTheRunbook()
    {
        var prod = await Prod();
        var started = await prod.Ssm("StartAutomationExecution", J.O(("DocumentName", "AWSSupport-ResetAccess"), ("Parameters", J.O(("InstanceId", new JsonArray(Windows))))));

        Assert.True(started.Ok, started.ToString());
        Assert.Matches("^[0-9a-f-]{36}$", started.Json["AutomationExecutionId"]!.GetValue<string>());
        Assert.Equal(new[] { "arn:aws:ssm:us-east-1:222222222222:automation-definition/AWSSupport-ResetAccess:$DEFAULT" }, Resources("ssm:StartAutomationExecution"));
        Assert.Equal("AutomationDefinitionNotFoundException", (await prod.Ssm("StartAutomationExecution", J.O(("DocumentName", "AWS-RunShellScript")))).ErrorCode);
    }
}
