using System;
using System.Threading.Tasks;
using LocalAws.Infrastructure;
using LocalAws.Tests.Support;

namespace LocalAws.Tests.Scenario;

/// <summary>With an injected consistency delay, policy writes take effect only once the emulator clock passes it.</summary>
public class EventualConsistencyTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Role = "arn:aws:iam::222222222222:role/OrganizationAccountAccessRole";
    private const string Grant = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::222222222222:role/OrganizationAccountAccessRole"}]}""";
    public EventualConsistencyTests(EnforcingLocalAwsFixture aws)
        : base(aws)
    {
        Aws.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.ConsistencyDelay, Service = "iam", DelaySeconds = 4 });
    }

    private async Task<string?> AliceAssumes() =>
        (await Aws.Client(Credentials.Alice).Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "alice"))).ErrorCode;

    [Fact]
    public async Task ANewGrantIsEnforcedOnlyAfterTheDelay()
    {
        Assert.True((await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "grant"), ("PolicyDocument", Grant))).Ok);
        Assert.Equal("AccessDenied", await AliceAssumes());
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("AccessDenied", await AliceAssumes());
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await AliceAssumes());
    }

    [Fact]
    public async Task ARemovedGrantKeepsWorkingUntilTheDelayPasses()
    {
        await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "grant"), ("PolicyDocument", Grant));
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.True((await Aws.Admin.Iam("DeleteUserPolicy", ("UserName", "alice"), ("PolicyName", "grant"))).Ok);
        Assert.Null(await AliceAssumes());
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal("AccessDenied", await AliceAssumes());
    }

    [Fact]
    public async Task ATrustPolicyChangeIsEnforcedOnlyAfterTheDelay()
    {
        await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "grant"), ("PolicyDocument", Grant));
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        var prod = await Aws.AssumeAsync(Aws.Admin, Role, "admin");
        const string onlyAdmin = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:user/admin"},"Action":"sts:AssumeRole"}]}""";
        Assert.True((await prod.Iam("UpdateAssumeRolePolicy", ("RoleName", "OrganizationAccountAccessRole"), ("PolicyDocument", onlyAdmin))).Ok);
        Assert.Null(await AliceAssumes());
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal("AccessDenied", await AliceAssumes());
    }

    [Fact]
    public async Task ANewDefaultPolicyVersionIsEnforcedOnlyAfterTheDelay()
    {
        const string nothing = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
        string arn = (await Aws.Admin.Iam("CreatePolicy", ("PolicyName", "grant"), ("PolicyDocument", nothing))).X("Arn")!;
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.True((await Aws.Admin.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", arn))).Ok);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.True((await Aws.Admin.Iam("CreatePolicyVersion", ("PolicyArn", arn), ("PolicyDocument", Grant), ("SetAsDefault", "true"))).Ok);
        Assert.Equal("AccessDenied", await AliceAssumes());
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Null(await AliceAssumes());
    }
}
