using System;
using System.Linq;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class IamPolicyTests : LocalAwsTest<LocalAwsFixture>
{
    private const string V1 = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:StartSession","Resource":"*"}]}""";
    private const string V2 = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ssm:StartSession","Resource":"*"}]}""";
    public IamPolicyTests(LocalAwsFixture aws) : base(aws) { }

    private async Task<string> Create(string name = "OSAccessPolicy")
    {
        var answer = await Aws.Admin.Iam("CreatePolicy", ("PolicyName", name), ("PolicyDocument", V1), ("Description", "d"));
        Assert.True(answer.Ok, answer.ToString());
        return answer.X("Arn")!;
    }

    [Fact]
    public async Task CreateGetAndDeletePolicy()
    {
        string arn = await Create();
        Assert.Equal("arn:aws:iam::111111111111:policy/OSAccessPolicy", arn);
        var got = await Aws.Admin.Iam("GetPolicy", ("PolicyArn", arn));
        Assert.Equal(("v1", "0", "true"), (got.X("DefaultVersionId"), got.X("AttachmentCount"), got.X("IsAttachable")));
        Assert.Equal("EntityAlreadyExists", (await Aws.Admin.Iam("CreatePolicy", ("PolicyName", "OSAccessPolicy"), ("PolicyDocument", V1))).ErrorCode);
        Assert.True((await Aws.Admin.Iam("DeletePolicy", ("PolicyArn", arn))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetPolicy", ("PolicyArn", arn))).ErrorCode);
    }

    [Fact]
    public async Task AttachedPolicyCannotBeDeleted()
    {
        string arn = await Create();
        await Aws.Admin.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", arn));
        Assert.Equal("1", (await Aws.Admin.Iam("GetPolicy", ("PolicyArn", arn))).X("AttachmentCount"));
        Assert.Equal("DeleteConflict", (await Aws.Admin.Iam("DeletePolicy", ("PolicyArn", arn))).ErrorCode);
    }

    [Fact]
    public async Task AwsManagedPolicyUsageIsCountedWithinTheCallersAccount()
    {
        const string admin = "arn:aws:iam::aws:policy/AdministratorAccess", readOnly = "arn:aws:iam::aws:policy/ReadOnlyAccess";
        Assert.Equal("1", (await Aws.Admin.Iam("GetPolicy", ("PolicyArn", admin))).X("AttachmentCount"));
        Assert.Equal("1", (await Aws.Admin.Iam("GetPolicy", ("PolicyArn", readOnly))).X("AttachmentCount"));
        var dev = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("444444444444"));
        Assert.Equal("0", (await dev.Iam("GetPolicy", ("PolicyArn", readOnly))).X("AttachmentCount"));
        Assert.Equal(new[] { "AdministratorAccess" }, (await dev.Iam("ListPolicies", ("OnlyAttached", "true"))).All("PolicyName"));
    }

    [Fact]
    public async Task ManagedPolicyOver6144CharactersIsLimitExceeded()
    {
        var actions = string.Join(",", Enumerable.Range(0, 400).Select(i => $"\"ec2:Describe{i:D4}\""));
        var big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + actions + "],\"Resource\":\"*\"}]}";
        Assert.Equal("LimitExceeded", (await Aws.Admin.Iam("CreatePolicy", ("PolicyName", "big"), ("PolicyDocument", big))).ErrorCode);
        Assert.Equal("LimitExceeded", (await Aws.Admin.Iam("CreatePolicy", ("PolicyName", "over"), ("PolicyDocument", SizedPolicy.Of(6145)))).ErrorCode);
        Assert.True((await Aws.Admin.Iam("CreatePolicy", ("PolicyName", "full"), ("PolicyDocument", SizedPolicy.Of(6144, spaces: 500)))).Ok);
    }

    [Fact]
    public async Task VersionsAreKeptUpToFive()
    {
        string arn = await Create();
        var v2 = await Aws.Admin.Iam("CreatePolicyVersion", ("PolicyArn", arn), ("PolicyDocument", V2), ("SetAsDefault", "true"));
        Assert.Equal(("v2", "true"), (v2.X("VersionId"), v2.X("IsDefaultVersion")));
        for (int i = 3; i <= 5; i++) Assert.True((await Aws.Admin.Iam("CreatePolicyVersion", ("PolicyArn", arn), ("PolicyDocument", V1))).Ok);
        Assert.Equal("LimitExceeded", (await Aws.Admin.Iam("CreatePolicyVersion", ("PolicyArn", arn), ("PolicyDocument", V1))).ErrorCode);
        var list = await Aws.Admin.Iam("ListPolicyVersions", ("PolicyArn", arn));
        Assert.Equal(new[] { "v5", "v4", "v3", "v2", "v1" }, list.All("VersionId"));
        var got = await Aws.Admin.Iam("GetPolicyVersion", ("PolicyArn", arn), ("VersionId", "v2"));
        Assert.Equal(Uri.EscapeDataString(V2), got.X("Document"));
        Assert.Equal("DeleteConflict", (await Aws.Admin.Iam("DeletePolicyVersion", ("PolicyArn", arn), ("VersionId", "v2"))).ErrorCode);
        Assert.True((await Aws.Admin.Iam("DeletePolicyVersion", ("PolicyArn", arn), ("VersionId", "v1"))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetPolicyVersion", ("PolicyArn", arn), ("VersionId", "v1"))).ErrorCode);
        Assert.True((await Aws.Admin.Iam("CreatePolicyVersion", ("PolicyArn", arn), ("PolicyDocument", V1))).Ok);
        Assert.Equal("DeleteConflict", (await Aws.Admin.Iam("DeletePolicy", ("PolicyArn", arn))).ErrorCode);
    }

    [Fact]
    public async Task ListPoliciesByScope()
    {
        await Create();
        var local = await Aws.Admin.Iam("ListPolicies", ("Scope", "Local"));
        Assert.Equal(new[] { "OSAccessPolicy" }, local.All("PolicyName"));
        var aws = await Aws.Admin.Iam("ListPolicies", ("Scope", "AWS"));
        Assert.Equal(new[] { "AdministratorAccess", "ReadOnlyAccess", "ViewOnlyAccess" }, aws.All("PolicyName"));
        var attached = await Aws.Admin.Iam("ListPolicies", ("OnlyAttached", "true"));
        Assert.Equal(new[] { "AdministratorAccess", "ReadOnlyAccess" }, attached.All("PolicyName"));
        Assert.Equal("ValidationError", (await Aws.Admin.Iam("ListPolicies", ("Scope", "Mine"))).ErrorCode);
    }

    [Fact]
    public async Task AwsManagedPoliciesHaveRepresentativeContent()
    {
        var readOnly = await Aws.Admin.Iam("GetPolicyVersion", ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"), ("VersionId", "v1"));
        var document = Uri.UnescapeDataString(readOnly.X("Document")!);
        Assert.Contains("\"ec2:Get*\"", document);
        Assert.Contains("\"ssm:Get*\"", document);
        Assert.Contains("\"s3:Get*\"", document);
        var viewOnly = Uri.UnescapeDataString((await Aws.Admin.Iam("GetPolicyVersion",
            ("PolicyArn", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"), ("VersionId", "v1"))).X("Document")!);
        Assert.DoesNotContain("Get*", viewOnly);
    }

    [Fact]
    public async Task TagPolicyAndListPolicyTags()
    {
        string arn = await Create();
        await Aws.Admin.Iam("TagPolicy", ("PolicyArn", arn), ("Tags.member.1.Key", "osaccess"), ("Tags.member.1.Value", "grant"));
        Assert.Equal(new[] { "osaccess" }, (await Aws.Admin.Iam("ListPolicyTags", ("PolicyArn", arn))).All("Key"));
        await Aws.Admin.Iam("UntagPolicy", ("PolicyArn", arn), ("TagKeys.member.1", "osaccess"));
        Assert.Empty((await Aws.Admin.Iam("ListPolicyTags", ("PolicyArn", arn))).All("Key"));
    }

    [Fact]
    public async Task AccountAuthorizationDetailsListsEverythingAcrossPages()
    {
        string arn = await Create();
        await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "inline"), ("PolicyDocument", V1));
        await Aws.Admin.Iam("CreateRole", ("RoleName", "OSAccess"), ("AssumeRolePolicyDocument", IamRoleTests.Trust));
        await Aws.Admin.Iam("AttachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", arn));

        var all = await Aws.Admin.Iam("GetAccountAuthorizationDetails");
        Assert.Equal(new[] { "admin", "alice" }, all.All("UserName"));
        Assert.Equal(new[] { "OSAccess" }, all.All("RoleName"));
        Assert.Contains("inline", all.All("PolicyName"));
        Assert.Contains(Uri.EscapeDataString(V1), all.All("Document"));

        var names = new System.Collections.Generic.List<string>();
        string? marker = null;
        do
        {
            var page = await Aws.Admin.Iam("GetAccountAuthorizationDetails", marker is null
                ? new[] { ("MaxItems", "2") } : new[] { ("MaxItems", "2"), ("Marker", marker) });
            names.AddRange(page.All("UserName").Concat(page.All("RoleName")));
            marker = page.X("IsTruncated") == "true" ? page.X("Marker") : null;
        } while (marker is not null);
        Assert.Equal(new[] { "admin", "alice", "OSAccess" }, names);

        var roles = await Aws.Admin.Iam("GetAccountAuthorizationDetails", ("Filter.member.1", "Role"));
        Assert.Empty(roles.All("UserName"));
        Assert.Equal(new[] { "OSAccess" }, roles.All("RoleName"));
    }
}
