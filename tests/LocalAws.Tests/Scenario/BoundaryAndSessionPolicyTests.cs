using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests.Scenario;

/// <summary>Permissions boundaries and session policies limit what identity policies allow, decided by the engine.</summary>
public class BoundaryAndSessionPolicyTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    public BoundaryAndSessionPolicyTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    [Fact]
    public async Task ABoundaryCapsAnAdministrator()
    {
        var created = await Aws.Admin.Iam("CreateUser", ("UserName", "capped"), ("PermissionsBoundary", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"));
        Assert.True(created.Ok, created.ToString());
        Assert.Equal("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", created.X("PermissionsBoundaryArn"));
        await Aws.Admin.Iam("AttachUserPolicy", ("UserName", "capped"), ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"));
        var key = await Aws.Admin.Iam("CreateAccessKey", ("UserName", "capped"));
        var capped = Aws.Client(new Credentials(key.X("AccessKeyId")!, key.X("SecretAccessKey")!));
        Assert.True((await capped.Iam("ListUsers")).Ok);
        var denied = await capped.Iam("CreateRole", ("RoleName", "Escalate"), ("AssumeRolePolicyDocument", IamRoleTests.Trust));
        Assert.Equal("AccessDenied", denied.ErrorCode);
        Assert.Contains("permissions boundary", denied.ErrorMessage);
    }

    [Fact]
    public async Task ASessionPolicyNarrowsARoleSession()
    {
        const string describeOnly = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:Describe*","Resource":"*"}]}""";
        var answer = await Aws.Admin.Sts("AssumeRole", ("RoleArn", LocalAwsFixture.OrganizationAccessRole("222222222222")),
            ("RoleSessionName", "narrow"), ("Policy", describeOnly));
        Assert.True(answer.Ok, answer.ToString());
        var session = Aws.Client(new Credentials(answer.X("AccessKeyId")!, answer.X("SecretAccessKey")!, answer.X("SessionToken")));
        Assert.True((await session.Ssm("DescribeInstanceInformation")).Ok);
        Assert.Equal("AccessDeniedException", (await session.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60001")))).ErrorCode);
        Assert.Equal("AccessDenied", (await session.Iam("ListRoles")).ErrorCode);
    }

    [Fact]
    public async Task AManagedSessionPolicyNarrowsToo()
    {
        var answer = await Aws.Admin.Sts("AssumeRole", ("RoleArn", LocalAwsFixture.OrganizationAccessRole("222222222222")),
            ("RoleSessionName", "viewer"), ("PolicyArns.member.1.arn", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"));
        var session = Aws.Client(new Credentials(answer.X("AccessKeyId")!, answer.X("SecretAccessKey")!, answer.X("SessionToken")));
        Assert.True((await session.Iam("ListRoles")).Ok);
        Assert.Equal("AccessDenied", (await session.Iam("GetRole", ("RoleName", "OrganizationAccountAccessRole"))).ErrorCode);
    }
}
