using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

/// <summary>Organizations' tags on policies (and on the root, OUs and accounts): TagResource, UntagResource, ListTagsForResource, CreatePolicy with Tags.</summary>
public class OrganizationsTaggingTests : LocalAwsTest<LocalAwsFixture>
{
    private const string Scp = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ssm:StartSession","Resource":"*"}]}""";

    public OrganizationsTaggingTests(LocalAwsFixture aws) : base(aws) { }

    private static JsonArray Tags(params (string Key, string Value)[] tags) => new(tags.Select(t => (JsonNode)J.O(("Key", t.Key), ("Value", t.Value))).ToArray());

    private async Task<string> CreatePolicy(JsonArray? tags = null)
    {
        var body = J.O(("Name", "OSAccessGuardrail"), ("Description", "guardrail"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", Scp));
        if (tags is not null) body["Tags"] = tags;
        var created = await Aws.Admin.Organizations("CreatePolicy", body);
        Assert.True(created.Ok, created.ToString());
        return created.Json["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
    }

    private async Task<(string, string)[]> TagsOf(string id)
    {
        var listed = await Aws.Admin.Organizations("ListTagsForResource", J.O(("ResourceId", id)));
        Assert.True(listed.Ok, listed.ToString());
        return listed.Json["Tags"]!.AsArray().Select(t => (t!["Key"]!.GetValue<string>(), t["Value"]!.GetValue<string>())).ToArray();
    }

    [Fact]
    public async Task CreatePolicyWithTagsNeedsTagResourceTooAndKeepsTheTags()
    {
        string id = await CreatePolicy(Tags(("osaccess:managed-by", "OsAccess"), ("owner", "")));

        Assert.Equal(new[] { ("osaccess:managed-by", "OsAccess"), ("owner", "") }, await TagsOf(id));
        var create = Aws.Authorizer.Last("organizations:CreatePolicy");
        Assert.Equal(new[] { "osaccess:managed-by", "owner" }, create.Context["aws:TagKeys"]);
        Assert.Equal("OsAccess", create.Context["aws:RequestTag/osaccess:managed-by"].Single());
        Assert.Single(Aws.Authorizer.Requests, r => r.Action == "organizations:TagResource");
    }

    [Fact]
    public async Task CreatePolicyWithoutTagsAsksForNoTagResource()
    {
        await CreatePolicy();
        Assert.DoesNotContain(Aws.Authorizer.Requests, r => r.Action == "organizations:TagResource");
    }

    [Fact]
    public async Task TagOverwritesUntagRemovesAndListIsSortedByKey()
    {
        string id = await CreatePolicy(Tags(("b", "1")));
        Assert.True((await Aws.Admin.Organizations("TagResource", J.O(("ResourceId", id), ("Tags", Tags(("a", "2"), ("B", "3")))))).Ok);
        Assert.Equal(new[] { ("a", "2"), ("b", "3") }, await TagsOf(id));
        var tag = Aws.Authorizer.Last("organizations:TagResource");
        Assert.StartsWith("arn:aws:organizations::111111111111:policy/o-", tag.Resource);
        Assert.EndsWith("/service_control_policy/" + id, tag.Resource);
        Assert.Equal(new[] { "a", "B" }, tag.Context["aws:TagKeys"]);

        Assert.True((await Aws.Admin.Organizations("UntagResource", J.O(("ResourceId", id), ("TagKeys", new JsonArray("b", "missing"))))).Ok);
        Assert.Equal(new[] { ("a", "2") }, await TagsOf(id));
        Assert.Equal(new[] { "b", "missing" }, Aws.Authorizer.Last("organizations:UntagResource").Context["aws:TagKeys"]);
    }

    [Fact]
    public async Task TheRootOusAndAccountsTakeTagsToo()
    {
        var roots = await Aws.Admin.Organizations("ListRoots");
        string root = roots.Json["Roots"]![0]!["Id"]!.GetValue<string>();
        foreach (var id in new[] { root, "222222222222" })
        {
            Assert.True((await Aws.Admin.Organizations("TagResource", J.O(("ResourceId", id), ("Tags", Tags(("env", "x")))))).Ok);
            Assert.Equal(new[] { ("env", "x") }, await TagsOf(id));
        }
    }

    [Fact]
    public async Task BadTagsAndUnknownResourcesAreRefusedAndNothingChanges()
    {
        string id = await CreatePolicy(Tags(("keep", "1")));
        async Task<(string?, string?)> Tag(JsonArray tags)
        {
            var answer = await Aws.Admin.Organizations("TagResource", J.O(("ResourceId", id), ("Tags", tags)));
            return (answer.ErrorCode, answer.Json["Reason"]?.GetValue<string>());
        }

        Assert.Equal(("InvalidInputException", "INVALID_PATTERN"), await Tag(Tags(("ok", "a,b"))));
        Assert.Equal(("InvalidInputException", "MAX_LENGTH_EXCEEDED"), await Tag(Tags((new string('k', 129), "v"))));
        Assert.Equal(("InvalidInputException", "MIN_LENGTH_EXCEEDED"), await Tag(Tags(("", "v"))));
        Assert.Equal(("InvalidInputException", "DUPLICATE_TAG_KEY"), await Tag(Tags(("x", "1"), ("X", "2"))));
        Assert.Equal(("ConstraintViolationException", "MAX_TAG_LIMIT_EXCEEDED"), await Tag(Tags(Enumerable.Range(0, 50).Select(i => ($"k{i}", "v")).ToArray())));
        Assert.Equal(new[] { ("keep", "1") }, await TagsOf(id));
        Assert.Equal("TargetNotFoundException", (await Aws.Admin.Organizations("ListTagsForResource", J.O(("ResourceId", "p-0000000000")))).ErrorCode);
        Assert.Equal("InvalidInputException", (await Aws.Admin.Organizations("ListTagsForResource", J.O(("ResourceId", "nonsense")))).ErrorCode);
        Assert.Equal("InvalidInputException", (await Aws.Admin.Organizations("TagResource", J.O(("ResourceId", "p-FullAWSAccess"), ("Tags", Tags(("a", "b")))))).ErrorCode);
    }

    [Fact]
    public async Task CreatePolicyWithABadTagCreatesNothing()
    {
        var body = J.O(("Name", "OSAccessGuardrail"), ("Description", "guardrail"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", Scp), ("Tags", Tags(("a", "b;c"))));
        Assert.Equal("InvalidInputException", (await Aws.Admin.Organizations("CreatePolicy", body)).ErrorCode);
        var listed = await Aws.Admin.Organizations("ListPolicies", J.O(("Filter", "SERVICE_CONTROL_POLICY")));
        Assert.DoesNotContain(listed.Json["Policies"]!.AsArray(), p => p!["Name"]!.GetValue<string>() == "OSAccessGuardrail");
    }

    [Fact]
    public async Task MemberAccountsMayNotTag()
    {
        var prod = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"));
        Assert.Equal("AccessDeniedException", (await prod.Organizations("TagResource", J.O(("ResourceId", "222222222222"), ("Tags", Tags(("a", "b")))))).ErrorCode);
    }
}
