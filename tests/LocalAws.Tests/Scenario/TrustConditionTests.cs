using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests.Scenario;

/// <summary>Trust-policy conditions decided by the policy engine: session names bound to user names, source identity.</summary>
public class TrustConditionTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Role = "arn:aws:iam::222222222222:role/OSAccess";
    private const string AllowAssume = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","sts:SetSourceIdentity"],"Resource":"*"}]}""";
    public TrustConditionTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private async Task CreateRole(string trust)
    {
        var prod = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"));
        var created = await prod.Iam("CreateRole", ("RoleName", "OSAccess"), ("AssumeRolePolicyDocument", trust));
        Assert.True(created.Ok, created.ToString());
        await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "assume"), ("PolicyDocument", AllowAssume));
    }

    [Fact]
    public async Task SessionNameMustBeTheCallersUserName()
    {
        await CreateRole("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},
              "Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:RoleSessionName":"${aws:username}"}}}]}
            """);
        var alice = Aws.Client(Credentials.Alice);
        Assert.True((await alice.Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "alice"))).Ok);
        var denied = await alice.Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "admin"));
        Assert.Equal("AccessDenied", denied.ErrorCode);
        Assert.Contains("because no resource-based policy allows the sts:AssumeRole action", denied.ErrorMessage);
    }

    [Fact]
    public async Task SourceIdentityIsRequiredAndChecked()
    {
        await CreateRole("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},
              "Action":["sts:AssumeRole","sts:SetSourceIdentity"],"Condition":{"StringEquals":{"sts:SourceIdentity":"${aws:username}"}}}]}
            """);
        var alice = Aws.Client(Credentials.Alice);
        Assert.Equal("AccessDenied", (await alice.Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "s1"))).ErrorCode);
        Assert.Equal("AccessDenied", (await alice.Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "s2"), ("SourceIdentity", "bob"))).ErrorCode);
        var ok = await alice.Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "s3"), ("SourceIdentity", "alice"));
        Assert.True(ok.Ok, ok.ToString());
    }

    [Fact]
    public async Task CrossAccountAssumeNeedsTheCallersOwnPermissionToo()
    {
        await CreateRole("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}
            """);
        await Aws.Admin.Iam("DeleteUserPolicy", ("UserName", "alice"), ("PolicyName", "assume"));
        var denied = await Aws.Client(Credentials.Alice).Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "alice"));
        Assert.Equal("AccessDenied", denied.ErrorCode);
        Assert.Contains("because no identity-based policy allows the sts:AssumeRole action", denied.ErrorMessage);
    }

    [Fact]
    public async Task DurationAboveTheRolesMaximumIsRefusedEvenWhenTrusted()
    {
        await CreateRole("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}
            """);
        var alice = Aws.Client(Credentials.Alice);
        Assert.Equal("ValidationError", (await alice.Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "alice"), ("DurationSeconds", "3700"))).ErrorCode);
        Assert.True((await alice.Sts("AssumeRole", ("RoleArn", Role), ("RoleSessionName", "alice"), ("DurationSeconds", "3600"))).Ok);
    }
}
