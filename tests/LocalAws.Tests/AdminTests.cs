using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Infrastructure;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class AdminTests : LocalAwsTest<LocalAwsFixture>
{
    private static readonly HttpClient Http = new();
    public AdminTests(LocalAwsFixture aws) : base(aws) { }

    private async Task<JsonNode> Admin(HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(Aws.Endpoint, "/_localaws/" + path));
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task OrganizationAnswersTheIdsOfTheRootOusAndAccountsByName()
    {
        var ids = await Admin(HttpMethod.Get, "organization");
        var org = Aws.Emulator.World.Organization!;
        Assert.Equal(org.RootId, ids["rootId"]!.GetValue<string>());
        var workloads = ids["organizationalUnits"]!["Workloads"]!.GetValue<string>();
        Assert.Equal("Workloads", org.Units[workloads].Name);
        Assert.Equal("222222222222", ids["accounts"]!["prod"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClockCanBeSetAndAdvanced()
    {
        var set = await Admin(HttpMethod.Post, "clock", """{"set":"2030-04-01T00:00:00Z"}""");
        Assert.Equal("2030-04-01T00:00:00Z", set["now"]!.GetValue<string>());
        var advanced = await Admin(HttpMethod.Post, "clock", """{"advanceSeconds":3600}""");
        Assert.StartsWith("2030-04-01T01:00:0", advanced["now"]!.GetValue<string>());
        await Aws.Admin.Sts("GetCallerIdentity");
        await Aws.Admin.Iam("ListUsers");
        Assert.StartsWith("2030-04-01T01:00:0", Aws.Authorizer.Last("iam:ListUsers").Context["aws:CurrentTime"][0]);
    }

    [Fact]
    public async Task BadClockRequestIsRefused()
    {
        using var response = await Http.PostAsync(new Uri(Aws.Endpoint, "/_localaws/clock"), new StringContent("""{"tomorrow":true}"""));
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task RequestLogCountsCallsPerOperation()
    {
        await Admin(HttpMethod.Delete, "requests");
        await Aws.Admin.Iam("ListUsers");
        await Aws.Admin.Iam("ListUsers");
        await Aws.Admin.Iam("GetRole", ("RoleName", "nope"));
        await Aws.Admin.Organizations("DescribeOrganization");
        var log = await Admin(HttpMethod.Get, "requests");
        Assert.Equal(4, log["total"]!.GetValue<int>());
        Assert.Equal(2, log["counts"]!["iam:ListUsers"]!.GetValue<int>());
        Assert.Equal(1, log["counts"]!["organizations:DescribeOrganization"]!.GetValue<int>());
        var entries = log["entries"]!.AsArray();
        Assert.Equal("NoSuchEntity", entries[2]!["error"]!.GetValue<string>());
        Assert.Equal("arn:aws:iam::111111111111:user/admin", entries[0]!["caller"]!.GetValue<string>());
    }

    [Fact]
    public async Task ThrottlingFaultUsesEachServicesErrorCode()
    {
        await Admin(HttpMethod.Post, "faults", """{"kind":"throttle","service":"iam","operation":"ListUsers"}""");
        Assert.Equal("Throttling", (await Aws.Admin.Iam("ListUsers")).ErrorCode);
        Assert.True((await Aws.Admin.Iam("GetUser")).Ok);
        Aws.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Service = "organizations" });
        Aws.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Service = "ssm" });
        Assert.Equal("TooManyRequestsException", (await Aws.Admin.Organizations("DescribeOrganization")).ErrorCode);
        Assert.Equal("ThrottlingException", (await Aws.Admin.Ssm("DescribeInstanceInformation")).ErrorCode);
        await Admin(HttpMethod.Delete, "faults");
        Assert.True((await Aws.Admin.Iam("ListUsers")).Ok);
    }

    [Fact]
    public async Task ServerErrorBurstEndsAfterItsCount()
    {
        await Admin(HttpMethod.Post, "faults", """{"kind":"serverError","service":"sts","count":2}""");
        var first = await Aws.Admin.Sts("GetCallerIdentity");
        Assert.Equal(500, (int)first.Status);
        Assert.Equal("ServiceFailure", first.ErrorCode);
        Assert.Equal(500, (int)(await Aws.Admin.Sts("GetCallerIdentity")).Status);
        Assert.True((await Aws.Admin.Sts("GetCallerIdentity")).Ok);
    }

    [Fact]
    public void ThrottlingAtARateHitsAboutThatShareOfCalls()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.Throttle, Rate = 0.25 });
        int hits = 0;
        for (int i = 0; i < 4000; i++) if (faults.Decide("iam", "GetRole").Error == FaultKind.Throttle) hits++;
        Assert.InRange(hits, 800, 1200);
    }

    [Fact]
    public void LatencyFaultAddsDelayWithinItsJitter()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.Latency, Service = "iam", LatencyMs = 100, JitterMs = 50 });
        for (int i = 0; i < 100; i++)
        {
            var decision = faults.Decide("iam", "GetRole");
            Assert.InRange(decision.Delay.TotalMilliseconds, 100, 150);
            Assert.Null(decision.Error);
        }
        Assert.Equal(TimeSpan.Zero, faults.Decide("sts", "AssumeRole").Delay);
    }

    [Fact]
    public async Task LatencyFaultStillAnswers()
    {
        await Admin(HttpMethod.Post, "faults", """{"kind":"latency","service":"sts","latencyMs":20,"jitterMs":10}""");
        Assert.True((await Aws.Admin.Sts("GetCallerIdentity")).Ok);
        var rules = await Admin(HttpMethod.Get, "faults");
        Assert.Equal("latency", rules[0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConsistencyDelayHidesNewRolesUntilTheClockPassesIt()
    {
        await Admin(HttpMethod.Post, "faults", """{"kind":"consistencyDelay","service":"iam","delaySeconds":5}""");
        var created = await Aws.Admin.Iam("CreateRole", ("RoleName", "Fresh"), ("AssumeRolePolicyDocument", IamRoleTests.Trust));
        Assert.True(created.Ok, created.ToString());
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetRole", ("RoleName", "Fresh"))).ErrorCode);
        var early = await Aws.Admin.Sts("AssumeRole", ("RoleArn", "arn:aws:iam::111111111111:role/Fresh"), ("RoleSessionName", "early"));
        Assert.Equal("AccessDenied", early.ErrorCode);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True((await Aws.Admin.Iam("GetRole", ("RoleName", "Fresh"))).Ok);
    }

    [Fact]
    public async Task ConsistencyDelayNarrowedToAnOperationLeavesOthersAlone()
    {
        await Admin(HttpMethod.Post, "faults", """{"kind":"consistencyDelay","service":"iam","operation":"CreateRole","delaySeconds":5}""");
        Assert.True((await Aws.Admin.Iam("CreateRole", ("RoleName", "Fresh"), ("AssumeRolePolicyDocument", IamRoleTests.Trust))).Ok);
        Assert.True((await Aws.Admin.Iam("CreateUser", ("UserName", "fresh"))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetRole", ("RoleName", "Fresh"))).ErrorCode);
        Assert.True((await Aws.Admin.Iam("GetUser", ("UserName", "fresh"))).Ok);
    }

    [Fact]
    public async Task ResetRestoresTheSeedAndAcceptsANewOne()
    {
        await Aws.Admin.Iam("CreateUser", ("UserName", "temp"));
        await Admin(HttpMethod.Post, "reset");
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetUser", ("UserName", "temp"))).ErrorCode);
        await Admin(HttpMethod.Post, "reset", """
            {"users":[{"account":"777777777777","name":"solo","accessKeys":[{"accessKeyId":"AKIASOLOSOLOSOLO0001","secretAccessKey":"k"}]}]}
            """);
        Assert.Equal("InvalidClientTokenId", (await Aws.Admin.Sts("GetCallerIdentity")).ErrorCode);
        var solo = Aws.Client(new Credentials("AKIASOLOSOLOSOLO0001", "k"));
        Assert.Equal("777777777777", (await solo.Sts("GetCallerIdentity")).X("Account"));
    }

    [Fact]
    public async Task ABrokenSeedIsRefusedAndLeavesTheStateAlone()
    {
        await Aws.Admin.Iam("CreateUser", ("UserName", "kept"));
        Aws.Emulator.Clock.Advance(TimeSpan.FromDays(1));
        using var response = await Http.PostAsync(new Uri(Aws.Endpoint, "/_localaws/reset"),
            new StringContent("""{"organization":{"accounts":[{"id":"222222222222","name":"x","parent":"Nowhere"}]}}"""));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.True((await Aws.Admin.Iam("GetUser", ("UserName", "kept"))).Ok);
        Assert.True(Aws.Emulator.Clock.UtcNow > DateTimeOffset.UtcNow.AddHours(23), "the clock was reset");
    }

    [Fact]
    public async Task UnknownAdminPathIs404()
    {
        using var response = await Http.GetAsync(new Uri(Aws.Endpoint, "/_localaws/nothing"));
        Assert.Equal(404, (int)response.StatusCode);
    }
}
