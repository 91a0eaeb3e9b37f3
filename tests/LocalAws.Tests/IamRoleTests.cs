using System;
using System.Linq;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class IamRoleTests : LocalAwsTest<LocalAwsFixture>
{
    internal const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}""";
    private const string Allow = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:StartSession","Resource":"*"}]}""";
    public IamRoleTests(LocalAwsFixture aws) : base(aws) { }

    private Task<AwsAnswer> CreateRole(string name, string trust = Trust, params (string, string)[] extra) =>
        Aws.Admin.Iam("CreateRole", new[] { ("RoleName", name), ("AssumeRolePolicyDocument", trust) }.Concat(extra).ToArray());

    [Fact]
    public async Task CreateRoleReturnsTheRoleWithItsUrlEncodedTrustPolicy()
    {
        var created = await CreateRole("OSAccess", Trust, ("MaxSessionDuration", "7200"), ("Description", "OS access"));
        Assert.True(created.Ok, created.ToString());
        Assert.Equal("arn:aws:iam::111111111111:role/OSAccess", created.X("Arn"));
        Assert.StartsWith("AROA", created.X("RoleId"));
        var got = await Aws.Admin.Iam("GetRole", ("RoleName", "OSAccess"));
        Assert.Equal(Uri.EscapeDataString(Trust), got.X("AssumeRolePolicyDocument"));
        Assert.Equal("7200", got.X("MaxSessionDuration"));
        Assert.Equal("OS access", got.X("Description"));
    }

    [Fact]
    public async Task CreateRoleAndCreateUserCarryTheBoundaryAsRequestContext()
    {
        const string boundary = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess";
        Assert.True((await CreateRole("Bounded", Trust, ("PermissionsBoundary", boundary))).Ok);
        Assert.Equal(new[] { boundary }, Aws.Authorizer.Last("iam:CreateRole").Context["iam:PermissionsBoundary"]);
        Assert.True((await Aws.Admin.Iam("CreateUser", ("UserName", "bounded"), ("PermissionsBoundary", boundary))).Ok);
        Assert.Equal(new[] { boundary }, Aws.Authorizer.Last("iam:CreateUser").Context["iam:PermissionsBoundary"]);
        Assert.True((await CreateRole("Unbounded")).Ok);
        Assert.False(Aws.Authorizer.Last("iam:CreateRole").Context.ContainsKey("iam:PermissionsBoundary"));
    }

    [Fact]
    public async Task RoleErrorsFollowAws()
    {
        await CreateRole("OSAccess");
        Assert.Equal("EntityAlreadyExists", (await CreateRole("osaccess")).ErrorCode);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetRole", ("RoleName", "Nope"))).ErrorCode);
        Assert.Equal("ValidationError", (await CreateRole(new string('r', 65))).ErrorCode);
        Assert.Equal("ValidationError", (await CreateRole("r2", Trust, ("MaxSessionDuration", "43201"))).ErrorCode);
        Assert.Equal("MalformedPolicyDocument", (await CreateRole("r3", Allow)).ErrorCode);
    }

    [Fact]
    public async Task TrustPolicyOver2048CharactersIsLimitExceeded()
    {
        var principals = string.Join(",", Enumerable.Range(0, 60).Select(i => $"\"arn:aws:iam::{i:D12}:root\""));
        var trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[" + principals + "]},\"Action\":\"sts:AssumeRole\"}]}";
        Assert.Equal("LimitExceeded", (await CreateRole("big", trust)).ErrorCode);
    }

    [Fact]
    public async Task UpdateRoleAndUpdateAssumeRolePolicy()
    {
        await CreateRole("OSAccess");
        Assert.True((await Aws.Admin.Iam("UpdateRole", ("RoleName", "OSAccess"), ("MaxSessionDuration", "43200"), ("Description", "d"))).Ok);
        var other = Trust.Replace("111111111111", "222222222222");
        Assert.True((await Aws.Admin.Iam("UpdateAssumeRolePolicy", ("RoleName", "OSAccess"), ("PolicyDocument", other))).Ok);
        var got = await Aws.Admin.Iam("GetRole", ("RoleName", "OSAccess"));
        Assert.Equal("43200", got.X("MaxSessionDuration"));
        Assert.Equal(Uri.EscapeDataString(other), got.X("AssumeRolePolicyDocument"));
        Assert.Equal("MalformedPolicyDocument", (await Aws.Admin.Iam("UpdateAssumeRolePolicy", ("RoleName", "OSAccess"), ("PolicyDocument", "{"))).ErrorCode);
    }

    [Fact]
    public async Task DeleteRoleNeedsItsPoliciesRemovedFirst()
    {
        await CreateRole("OSAccess");
        await Aws.Admin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "p"), ("PolicyDocument", Allow));
        await Aws.Admin.Iam("AttachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        Assert.Equal("DeleteConflict", (await Aws.Admin.Iam("DeleteRole", ("RoleName", "OSAccess"))).ErrorCode);
        await Aws.Admin.Iam("DeleteRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "p"));
        Assert.Equal("DeleteConflict", (await Aws.Admin.Iam("DeleteRole", ("RoleName", "OSAccess"))).ErrorCode);
        await Aws.Admin.Iam("DetachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        Assert.True((await Aws.Admin.Iam("DeleteRole", ("RoleName", "OSAccess"))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetRole", ("RoleName", "OSAccess"))).ErrorCode);
    }

    [Fact]
    public async Task RoleInlinePoliciesAndTags()
    {
        await CreateRole("OSAccess", Trust, ("Tags.member.1.Key", "purpose"), ("Tags.member.1.Value", "os"));
        await Aws.Admin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "OSAccessPolicy"), ("PolicyDocument", Allow));
        Assert.Equal(new[] { "OSAccessPolicy" }, (await Aws.Admin.Iam("ListRolePolicies", ("RoleName", "OSAccess"))).All("member"));
        Assert.Equal(Uri.EscapeDataString(Allow),
            (await Aws.Admin.Iam("GetRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "OSAccessPolicy"))).X("PolicyDocument"));
        await Aws.Admin.Iam("TagRole", ("RoleName", "OSAccess"), ("Tags.member.1.Key", "owner"), ("Tags.member.1.Value", "sec"));
        Assert.Equal(new[] { "owner", "purpose" }, (await Aws.Admin.Iam("ListRoleTags", ("RoleName", "OSAccess"))).All("Key"));
        Assert.Equal(new[] { "purpose" }, Aws.Authorizer.Last("iam:TagRole").Context.Keys
            .Where(k => k.StartsWith("aws:ResourceTag/")).Select(k => k["aws:ResourceTag/".Length..]));
    }

    [Fact]
    public async Task RoleInlinePoliciesMayNotExceed10240Characters()
    {
        var actions = string.Join(",", Enumerable.Range(0, 700).Select(i => $"\"ec2:Describe{i:D4}\""));
        var big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + actions + "],\"Resource\":\"*\"}]}";
        await CreateRole("OSAccess");
        var answer = await Aws.Admin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "big"), ("PolicyDocument", big));
        Assert.Equal("LimitExceeded", answer.ErrorCode);
        Task<AwsAnswer> Put(string name, string document) =>
            Aws.Admin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", name), ("PolicyDocument", document));
        Assert.True((await Put("a", SizedPolicy.Of(6000, spaces: 1000))).Ok);
        Assert.Equal("LimitExceeded", (await Put("b", SizedPolicy.Of(4241))).ErrorCode);
        Assert.True((await Put("b", SizedPolicy.Of(4240))).Ok);
    }

    [Fact]
    public async Task AttachedRolePoliciesAndListRoles()
    {
        await CreateRole("OSAccess");
        await Aws.Admin.Iam("AttachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        var attached = await Aws.Admin.Iam("ListAttachedRolePolicies", ("RoleName", "OSAccess"));
        Assert.Equal(new[] { "arn:aws:iam::aws:policy/ReadOnlyAccess" }, attached.All("PolicyArn"));
        Assert.Contains("OSAccess", (await Aws.Admin.Iam("ListRoles")).All("RoleName"));
    }

    [Fact]
    public async Task EveryMemberAccountHasOrganizationAccountAccessRoleWithAdministratorAccess()
    {
        foreach (var account in new[] { "222222222222", "333333333333", "444444444444" })
        {
            var session = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole(account));
            var role = await session.Iam("GetRole", ("RoleName", "OrganizationAccountAccessRole"));
            Assert.Contains("111111111111%3Aroot", role.X("AssumeRolePolicyDocument"));
            var attached = await session.Iam("ListAttachedRolePolicies", ("RoleName", "OrganizationAccountAccessRole"));
            Assert.Equal(new[] { "AdministratorAccess" }, attached.All("PolicyName"));
        }
    }
}
