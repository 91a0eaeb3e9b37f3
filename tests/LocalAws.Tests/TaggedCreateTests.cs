using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

/// <summary>
/// A create that sets tags is authorised twice, as the create and as the tagging of what it creates: IAM's CreateUser,
/// CreateRole and CreatePolicy ask for iam:TagUser, iam:TagRole and iam:TagPolicy, Systems Manager's CreateOpsItem for
/// ssm:AddTagsToResource, each with the tags as aws:RequestTag and aws:TagKeys; a create without tags asks for the create only.
/// </summary>
public class TaggedCreateTests : LocalAwsTest<LocalAwsFixture>
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}""";
    private const string Allow = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    private static readonly (string, string)[] Tagged = { ("Tags.member.1.Key", "osaccess:managed-by"), ("Tags.member.1.Value", "OsAccess") };

    public TaggedCreateTests(LocalAwsFixture aws) : base(aws) { }

    [Theory]
    [InlineData("CreateUser", "iam:TagUser", "arn:aws:iam::111111111111:user/tagged")]
    [InlineData("CreateRole", "iam:TagRole", "arn:aws:iam::111111111111:role/tagged")]
    [InlineData("CreatePolicy", "iam:TagPolicy", "arn:aws:iam::111111111111:policy/tagged")]
    public async Task ATaggedIamCreateAsksForTheTagActionOnTheNewEntity(string create, string tag, string arn)
    {
        var answer = await Aws.Admin.Iam(create, Parameters(create, "tagged").Concat(Tagged).ToArray());
        Assert.True(answer.Ok, answer.ToString());

        var tagging = Assert.Single(Aws.Authorizer.Requests, r => r.Action == tag);
        Assert.Equal(arn, tagging.Resource);
        Assert.Equal("OsAccess", tagging.Context["aws:RequestTag/osaccess:managed-by"].Single());
        Assert.Equal(new[] { "osaccess:managed-by" }, tagging.Context["aws:TagKeys"]);
        Assert.Single(Aws.Authorizer.Requests, r => r.Action == "iam:" + create);
    }

    [Theory]
    [InlineData("CreateUser", "iam:TagUser")]
    [InlineData("CreateRole", "iam:TagRole")]
    [InlineData("CreatePolicy", "iam:TagPolicy")]
    public async Task AnUntaggedIamCreateAsksForTheCreateOnly(string create, string tag)
    {
        Assert.True((await Aws.Admin.Iam(create, Parameters(create, "plain"))).Ok);
        Assert.DoesNotContain(Aws.Authorizer.Requests, r => r.Action == tag);
    }

    [Fact]
    public async Task ATaggedCreateOpsItemAsksForCreateOnStarAndAddTagsToResourceOnTheNewItem()
    {
        var created = await Aws.Admin.Ssm("CreateOpsItem", J.O(("Title", "t"), ("Description", "d"), ("Source", "OsAccess"),
            ("Tags", new JsonArray(J.O(("Key", "osaccess:requester"), ("Value", "bob"))))));
        Assert.True(created.Ok, created.ToString());
        var id = created.Json["OpsItemId"]!.GetValue<string>();

        Assert.Equal("*", Aws.Authorizer.Last("ssm:CreateOpsItem").Resource);
        var tagging = Assert.Single(Aws.Authorizer.Requests, r => r.Action == "ssm:AddTagsToResource");
        Assert.Equal("arn:aws:ssm:us-east-1:111111111111:opsitem/" + id, tagging.Resource);
        Assert.Equal("bob", tagging.Context["aws:RequestTag/osaccess:requester"].Single());
        Assert.False(tagging.Context.ContainsKey("aws:ResourceTag/osaccess:requester"));

        Aws.Authorizer.Clear();
        Assert.True((await Aws.Admin.Ssm("CreateOpsItem", J.O(("Title", "t"), ("Description", "d"), ("Source", "OsAccess")))).Ok);
        Assert.DoesNotContain(Aws.Authorizer.Requests, r => r.Action == "ssm:AddTagsToResource");
    }

    private static (string, string)[] Parameters(string create, string name) => create switch
    {
        "CreateUser" => new[] { ("UserName", name) },
        "CreateRole" => new[] { ("RoleName", name), ("AssumeRolePolicyDocument", Trust) },
        _ => new[] { ("PolicyName", name), ("PolicyDocument", Allow) },
    };
}
