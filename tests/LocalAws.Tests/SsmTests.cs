using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Dispatch;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class SsmTests : LocalAwsTest<LocalAwsFixture>
{
    public SsmTests(LocalAwsFixture aws) : base(aws) { }

    private Task<AwsClient> Prod(string session = "tester", string region = "us-east-1") =>
        Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"), session, region);

    private static string[] Field(JsonObject answer, string list, string field) =>
        answer[list]!.AsArray().Select(n => n![field]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task DescribeInstanceInformationListsTheAccountsNodesInTheRegion()
    {
        var dev = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("333333333333"));
        var answer = await dev.Ssm("DescribeInstanceInformation");
        Assert.Equal(new[] { "i-0a1b2c3d4e5f60003", "mi-0a1b2c3d4e5f60004" }, Field(answer.Json, "InstanceInformationList", "InstanceId"));
        Assert.Equal(new[] { "EC2Instance", "ManagedInstance" }, Field(answer.Json, "InstanceInformationList", "ResourceType"));
        var elsewhere = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("333333333333"), "tester", "eu-west-1");
        Assert.Empty(Field((await elsewhere.Ssm("DescribeInstanceInformation")).Json, "InstanceInformationList", "InstanceId"));
    }

    [Fact]
    public async Task DescribeInstanceInformationFiltersAndPaginates()
    {
        var prod = await Prod();
        var windows = await prod.Ssm("DescribeInstanceInformation", J.O(("Filters", new JsonArray(J.O(("Key", "PlatformTypes"), ("Values", new JsonArray("Windows")))))));
        Assert.Equal(new[] { "i-0a1b2c3d4e5f60002" }, Field(windows.Json, "InstanceInformationList", "InstanceId"));
        var legacy = await prod.Ssm("DescribeInstanceInformation", J.O(("InstanceInformationFilterList",
            new JsonArray(J.O(("key", "InstanceIds"), ("valueSet", new JsonArray("i-0a1b2c3d4e5f60001")))))));
        Assert.Equal(new[] { "i-0a1b2c3d4e5f60001" }, Field(legacy.Json, "InstanceInformationList", "InstanceId"));
        var badKey = await prod.Ssm("DescribeInstanceInformation", J.O(("Filters", new JsonArray(J.O(("Key", "Colour"), ("Values", new JsonArray("x")))))));
        Assert.Equal("InvalidFilterKey", badKey.ErrorCode);
        var badId = await prod.Ssm("DescribeInstanceInformation", J.O(("Filters", new JsonArray(J.O(("Key", "InstanceIds"), ("Values", new JsonArray("web-1")))))));
        Assert.Equal("InvalidInstanceId", badId.ErrorCode);
        Assert.Equal("ValidationException", (await prod.Ssm("DescribeInstanceInformation", J.O(("MaxResults", 4)))).ErrorCode);
        Assert.Equal("InvalidNextToken", (await prod.Ssm("DescribeInstanceInformation", J.O(("NextToken", "nope")))).ErrorCode);
    }

    [Fact]
    public async Task StartDescribeAndTerminateASession()
    {
        var prod = await Prod("alice");
        var started = await prod.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60001"), ("Reason", "patching")));
        Assert.True(started.Ok, started.ToString());
        string id = started.Json["SessionId"]!.GetValue<string>();
        Assert.StartsWith("alice-", id);
        Assert.StartsWith("wss://ssmmessages.us-east-1.amazonaws.com/", started.Json["StreamUrl"]!.GetValue<string>());

        var active = (await prod.Ssm("DescribeSessions", J.O(("State", "Active")))).Json;
        Assert.Equal(new[] { id }, Field(active, "Sessions", "SessionId"));
        Assert.Equal("arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/alice", Field(active, "Sessions", "Owner")[0]);
        Assert.Equal("SSM-SessionManagerRunShell", Field(active, "Sessions", "DocumentName")[0]);

        Assert.Equal(id, (await prod.Ssm("TerminateSession", J.O(("SessionId", id)))).Json["SessionId"]!.GetValue<string>());
        Assert.Empty(Field((await prod.Ssm("DescribeSessions", J.O(("State", "Active")))).Json, "Sessions", "SessionId"));
        var history = (await prod.Ssm("DescribeSessions", J.O(("State", "History")))).Json;
        Assert.Equal(new[] { "Terminated" }, Field(history, "Sessions", "Status"));
        Assert.NotNull(history["Sessions"]![0]!["EndDate"]);
    }

    [Fact]
    public async Task StartSessionIsAuthorisedOnTheNodeAndOnTheDocument()
    {
        var prod = await Prod();
        await prod.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60002"), ("DocumentName", "AWS-StartPortForwardingSession")));
        var resources = Aws.Authorizer.Requests.Where(r => r.Action == "ssm:StartSession").Select(r => r.Resource).ToArray();
        Assert.Equal(new[]
        {
            "arn:aws:ec2:us-east-1:222222222222:instance/i-0a1b2c3d4e5f60002",
            "arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSession",
        }, resources);
    }

    [Fact]
    public async Task CalledViaReachesTheAuthorizer()
    {
        var prod = await Prod();
        prod.ExtraHeaders[RequestDispatcher.CalledViaHeader] = "ssm-guiconnect.amazonaws.com";
        await prod.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60002")));
        var context = Aws.Authorizer.Last("ssm:StartSession").Context;
        Assert.Equal(new[] { "ssm-guiconnect.amazonaws.com" }, context["aws:CalledVia"]);
        Assert.Equal(new[] { "true" }, context["aws:ViaAWSService"]);
    }

    [Fact]
    public async Task StartSessionErrors()
    {
        var dev = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("333333333333"));
        Assert.Equal("TargetNotConnected", (await dev.Ssm("StartSession", J.O(("Target", "mi-0a1b2c3d4e5f60004")))).ErrorCode);
        Assert.Equal("TargetNotConnected", (await dev.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60001")))).ErrorCode);
        Assert.Equal("InvalidDocument", (await dev.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60003"), ("DocumentName", "Custom-Nope")))).ErrorCode);
        Assert.Equal("ValidationException", (await dev.Ssm("StartSession", J.O())).ErrorCode);
        Assert.Equal("UnknownOperationException", (await dev.Ssm("DeleteDocument", J.O())).ErrorCode);
    }

    [Fact]
    public async Task TerminateSessionSeesTheSessionOwnersUserId()
    {
        var prod = await Prod("alice");
        string id = (await prod.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60001")))).Json["SessionId"]!.GetValue<string>();
        string userId = (await prod.Sts("GetCallerIdentity")).X("UserId")!;
        await prod.Ssm("TerminateSession", J.O(("SessionId", id)));
        var request = Aws.Authorizer.Last("ssm:TerminateSession");
        Assert.Equal(new[] { userId }, request.Context["ssm:resourceTag/aws:ssmmessages:session-id"]);
        Assert.Equal($"arn:aws:ssm:us-east-1:222222222222:session/{id}", request.Resource);
    }

    [Fact]
    public async Task ResumeSessionReopensAnOpenSessionDecidedOnItsOwnersUserId()
    {
        var prod = await Prod("alice");
        var started = (await prod.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60001")))).Json;
        string id = started["SessionId"]!.GetValue<string>();
        string userId = (await prod.Sts("GetCallerIdentity")).X("UserId")!;

        var resumed = await prod.Ssm("ResumeSession", J.O(("SessionId", id)));
        Assert.True(resumed.Ok, resumed.ToString());
        Assert.Equal(id, resumed.Json["SessionId"]!.GetValue<string>());
        Assert.NotEqual(started["TokenValue"]!.GetValue<string>(), resumed.Json["TokenValue"]!.GetValue<string>());
        var request = Aws.Authorizer.Last("ssm:ResumeSession");
        Assert.Equal(new[] { userId }, request.Context["ssm:resourceTag/aws:ssmmessages:session-id"]);
        Assert.Equal($"arn:aws:ssm:us-east-1:222222222222:session/{id}", request.Resource);

        await prod.Ssm("TerminateSession", J.O(("SessionId", id)));
        Assert.Equal("DoesNotExistException", (await prod.Ssm("ResumeSession", J.O(("SessionId", id)))).ErrorCode);
        Assert.Equal("DoesNotExistException", (await prod.Ssm("ResumeSession", J.O(("SessionId", "nobody-0123456789abcdef0")))).ErrorCode);
    }

    [Fact]
    public async Task DescribeSessionsFiltersByTarget()
    {
        var prod = await Prod();
        await prod.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60001")));
        await prod.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60002")));
        var filtered = await prod.Ssm("DescribeSessions", J.O(("State", "Active"), ("Filters", new JsonArray(J.O(("key", "Target"), ("value", "i-0a1b2c3d4e5f60002"))))));
        Assert.Equal(new[] { "i-0a1b2c3d4e5f60002" }, Field(filtered.Json, "Sessions", "Target"));
        Assert.Equal("InvalidFilterKey", (await prod.Ssm("DescribeSessions", J.O(("State", "Active"), ("Filters", new JsonArray(J.O(("key", "Colour"), ("value", "x"))))))).ErrorCode);
        Assert.Equal("ValidationException", (await prod.Ssm("DescribeSessions", J.O(("State", "Sleeping")))).ErrorCode);
    }
}
