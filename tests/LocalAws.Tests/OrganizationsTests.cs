using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class OrganizationsTests : LocalAwsTest<LocalAwsFixture>
{
    private const string Scp = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ssm:StartSession","Resource":"*"}]}""";
    public OrganizationsTests(LocalAwsFixture aws) : base(aws) { }

    private async Task<JsonObject> Call(string operation, JsonObject? body = null)
    {
        var answer = await Aws.Admin.Organizations(operation, body);
        Assert.True(answer.Ok, answer.ToString());
        return answer.Json;
    }

    private async Task<string> RootId() => (await Call("ListRoots"))["Roots"]![0]!["Id"]!.GetValue<string>();

    private async Task<string> CreateScp(string name = "guardrail", string content = Scp) =>
        (await Call("CreatePolicy", J.O(("Name", name), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", content))))
            ["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();

    private static string[] Ids(JsonObject answer, string list, string field = "Id") =>
        answer[list]!.AsArray().Select(n => n![field]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task DescribeOrganizationNamesTheManagementAccount()
    {
        var org = (await Call("DescribeOrganization"))["Organization"]!;
        Assert.Equal("111111111111", org["MasterAccountId"]!.GetValue<string>());
        Assert.StartsWith("o-", org["Id"]!.GetValue<string>());
        Assert.Equal("ALL", org["FeatureSet"]!.GetValue<string>());
    }

    [Fact]
    public async Task MemberAccountsMayDescribeButNotManageTheOrganization()
    {
        var member = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"));
        Assert.True((await member.Organizations("DescribeOrganization")).Ok);
        Assert.Equal("AccessDeniedException", (await member.Organizations("ListAccounts")).ErrorCode);
    }

    [Fact]
    public async Task WalksTheTreeFromRootToAccounts()
    {
        string root = await RootId();
        var rootOus = await Call("ListOrganizationalUnitsForParent", J.O(("ParentId", root)));
        Assert.Equal(new[] { "Security", "Workloads" }, Ids(rootOus, "OrganizationalUnits", "Name"));
        string workloads = rootOus["OrganizationalUnits"]!.AsArray().First(o => o!["Name"]!.GetValue<string>() == "Workloads")!["Id"]!.GetValue<string>();
        var children = await Call("ListChildren", J.O(("ParentId", workloads), ("ChildType", "ORGANIZATIONAL_UNIT")));
        Assert.Equal(2, Ids(children, "Children").Length);
        string prod = (await Call("ListParents", J.O(("ChildId", "222222222222"))))["Parents"]![0]!["Id"]!.GetValue<string>();
        Assert.Equal(new[] { "222222222222" }, Ids(await Call("ListAccountsForParent", J.O(("ParentId", prod))), "Accounts"));
        var parentOfProd = await Call("ListParents", J.O(("ChildId", prod)));
        Assert.Equal(workloads, parentOfProd["Parents"]![0]!["Id"]!.GetValue<string>());
        Assert.Equal(new[] { "111111111111" }, Ids(await Call("ListAccountsForParent", J.O(("ParentId", root))), "Accounts"));
        Assert.Equal("ParentNotFoundException", (await Aws.Admin.Organizations("ListChildren", J.O(("ParentId", "ou-none-00000000"), ("ChildType", "ACCOUNT")))).ErrorCode);
    }

    [Fact]
    public async Task ListAccountsPaginatesWithNextToken()
    {
        var first = await Call("ListAccounts", J.O(("MaxResults", 3)));
        Assert.Equal(3, Ids(first, "Accounts").Length);
        var second = await Call("ListAccounts", J.O(("MaxResults", 3), ("NextToken", first["NextToken"]!.GetValue<string>())));
        Assert.Single(Ids(second, "Accounts"));
        Assert.Null(second["NextToken"]);
        var tooMany = await Aws.Admin.Organizations("ListAccounts", J.O(("MaxResults", 21)));
        Assert.Equal("InvalidInputException", tooMany.ErrorCode);
        Assert.Equal("MAX_VALUE_EXCEEDED", tooMany.Json["Reason"]!.GetValue<string>());
        Assert.Equal("MIN_VALUE_EXCEEDED", (await Aws.Admin.Organizations("ListAccounts", J.O(("MaxResults", 0)))).Json["Reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeAccountAndUnknownAccount()
    {
        var account = (await Call("DescribeAccount", J.O(("AccountId", "222222222222"))))["Account"]!;
        Assert.Equal(("prod", "ACTIVE"), (account["Name"]!.GetValue<string>(), account["Status"]!.GetValue<string>()));
        Assert.Equal("AccountNotFoundException", (await Aws.Admin.Organizations("DescribeAccount", J.O(("AccountId", "999999999999")))).ErrorCode);
    }

    [Fact]
    public async Task FullAwsAccessIsAttachedEverywhereByDefault()
    {
        var targets = await Call("ListTargetsForPolicy", J.O(("PolicyId", "p-FullAWSAccess")));
        Assert.Equal(1 + 4 + 4, Ids(targets, "Targets", "TargetId").Length);
        var policies = await Call("ListPoliciesForTarget", J.O(("TargetId", "222222222222"), ("Filter", "SERVICE_CONTROL_POLICY")));
        Assert.Equal(new[] { "FullAWSAccess" }, Ids(policies, "Policies", "Name"));
        Assert.True(policies["Policies"]![0]!["AwsManaged"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CreateDescribeUpdateAndDeleteAnScp()
    {
        string id = await CreateScp();
        var described = (await Call("DescribePolicy", J.O(("PolicyId", id))))["Policy"]!;
        Assert.Equal(Scp, described["Content"]!.GetValue<string>());
        await Call("UpdatePolicy", J.O(("PolicyId", id), ("Name", "renamed")));
        Assert.Contains("renamed", Ids(await Call("ListPolicies", J.O(("Filter", "SERVICE_CONTROL_POLICY"))), "Policies", "Name"));
        Assert.Equal("DuplicatePolicyException", (await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "renamed"), ("Description", "d"),
            ("Type", "SERVICE_CONTROL_POLICY"), ("Content", Scp)))).ErrorCode);
        await Call("DeletePolicy", J.O(("PolicyId", id)));
        Assert.Equal("PolicyNotFoundException", (await Aws.Admin.Organizations("DescribePolicy", J.O(("PolicyId", id)))).ErrorCode);
    }

    [Fact]
    public async Task ScpContentRulesAndSizeLimit()
    {
        var malformed = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "bad"), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", "{")));
        Assert.Equal("MalformedPolicyDocumentException", malformed.ErrorCode);
        var actions = string.Join(",", Enumerable.Range(0, 300).Select(i => $"\"ec2:Describe{i:D4}\""));
        var big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[" + actions + "],\"Resource\":\"*\"}]}";
        var tooBig = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "big"), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", big)));
        Assert.Equal("ConstraintViolationException", tooBig.ErrorCode);
        Assert.Equal("POLICY_CONTENT_LIMIT_EXCEEDED", tooBig.Json["Reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheScpSizeQuotaIsTheValidatorsConstant()
    {
        int quota = OsAccess.Core.Policy.Validation.PolicySizeLimits.ServiceControlPolicyCharacters;
        async Task<AwsAnswer> Create(string name, string content) =>
            await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", name), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", content)));

        Assert.True((await Create("at-quota", SizedPolicy.Of(quota))).Ok);
        Assert.Equal("POLICY_CONTENT_LIMIT_EXCEEDED", (await Create("over-quota", SizedPolicy.Of(quota + 1))).Json["Reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task NamesLongerThan128CharactersAreRefusedWithMaxLengthExceeded()
    {
        string name = new('n', 129);
        var policy = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", name), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", Scp)));
        var unit = await Aws.Admin.Organizations("CreateOrganizationalUnit", J.O(("ParentId", await RootId()), ("Name", name)));
        foreach (var refused in new[] { policy, unit })
        {
            Assert.Equal("InvalidInputException", refused.ErrorCode);
            Assert.Equal("MAX_LENGTH_EXCEEDED", refused.Json["Reason"]!.GetValue<string>());
        }
        Assert.True((await Aws.Admin.Organizations("CreateOrganizationalUnit", J.O(("ParentId", await RootId()), ("Name", name[..128])))).Ok);
    }

    [Fact]
    public async Task ScpSizeCountsUtf8BytesAndWhitespace()
    {
        string Scp(string sid) => "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + sid + "\",\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
        var padding = new string(' ', 5120 - Scp("").Length);
        var spaced = Scp("").Replace("\"Statement\"", padding + "\"Statement\"");
        Assert.Equal(5120, spaced.Length);
        Assert.True((await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "spaced"), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", spaced)))).Ok);
        var oneMore = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "spaced2"), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", " " + spaced)));
        Assert.Equal("ConstraintViolationException", oneMore.ErrorCode);
        var japanese = Scp(new string('禁', 1800));
        Assert.True(japanese.Length < 5120);
        var tooManyBytes = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "jp"), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", japanese)));
        Assert.Equal("ConstraintViolationException", tooManyBytes.ErrorCode);
    }

    [Fact]
    public async Task AttachAndDetachFollowAwsRules()
    {
        string id = await CreateScp();
        await Call("AttachPolicy", J.O(("PolicyId", id), ("TargetId", "222222222222")));
        Assert.Equal("DuplicatePolicyAttachmentException", (await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", id), ("TargetId", "222222222222")))).ErrorCode);
        Assert.Equal("PolicyInUseException", (await Aws.Admin.Organizations("DeletePolicy", J.O(("PolicyId", id)))).ErrorCode);
        Assert.Equal("TargetNotFoundException", (await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", id), ("TargetId", "999999999999")))).ErrorCode);
        await Call("DetachPolicy", J.O(("PolicyId", id), ("TargetId", "222222222222")));
        Assert.Equal("PolicyNotAttachedException", (await Aws.Admin.Organizations("DetachPolicy", J.O(("PolicyId", id), ("TargetId", "222222222222")))).ErrorCode);
        var last = await Aws.Admin.Organizations("DetachPolicy", J.O(("PolicyId", "p-FullAWSAccess"), ("TargetId", "222222222222")));
        Assert.Equal("ConstraintViolationException", last.ErrorCode);
    }

    [Fact]
    public async Task AttachAndDetachAreAuthorisedOnThePolicyAndOnTheTarget()
    {
        string id = await CreateScp();
        string root = (await Aws.Admin.Organizations("ListRoots", J.O())).Json["Roots"]![0]!["Id"]!.GetValue<string>();
        Aws.Authorizer.Clear();
        await Call("AttachPolicy", J.O(("PolicyId", id), ("TargetId", "222222222222")));
        await Call("DetachPolicy", J.O(("PolicyId", id), ("TargetId", "222222222222")));
        await Call("AttachPolicy", J.O(("PolicyId", id), ("TargetId", root)));

        var resources = Aws.Authorizer.Requests.Where(r => r.Action is "organizations:AttachPolicy" or "organizations:DetachPolicy")
            .Select(r => r.Action.Split(':')[1] + " " + r.Resource.Split(':')[^1]).ToList();
        Assert.Equal(3, resources.Count(r => r.Contains("/service_control_policy/" + id)));
        Assert.Contains(resources, r => r.StartsWith("AttachPolicy account/o-") && r.EndsWith("/222222222222"));
        Assert.Contains(resources, r => r.StartsWith("DetachPolicy account/o-") && r.EndsWith("/222222222222"));
        Assert.Contains(resources, r => r.StartsWith("AttachPolicy root/o-") && r.EndsWith("/" + root));
    }

    [Fact]
    public async Task AtMostFiveScpsPerTarget()
    {
        for (int i = 0; i < 4; i++) await Call("AttachPolicy", J.O(("PolicyId", await CreateScp($"scp{i}")), ("TargetId", "333333333333")));
        var sixth = await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", await CreateScp("scp5")), ("TargetId", "333333333333")));
        Assert.Equal("ConstraintViolationException", sixth.ErrorCode);
        Assert.Equal("MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", sixth.Json["Reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task AttachedScpsReachTheAuthorizerPerLevel()
    {
        string id = await CreateScp();
        await Call("AttachPolicy", J.O(("PolicyId", id), ("TargetId", "222222222222")));
        var prod = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"));
        await prod.Ssm("DescribeInstanceInformation");
        var levels = Aws.Authorizer.Last("ssm:DescribeInstanceInformation").ScpLevels!;
        Assert.Equal(4, levels.Count);
        Assert.Equal("222222222222", levels[^1].Target);
        Assert.Equal(2, levels[^1].Policies.Count);
        Assert.Contains(Scp, levels[^1].Policies);
        Assert.All(levels.Take(3), l => Assert.Single(l.Policies));
    }

    [Fact]
    public async Task ScpsDoNotReachServiceLinkedRoles()
    {
        var prod = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"));
        Assert.True((await prod.Iam("CreateRole", ("RoleName", "AWSServiceRoleForTest"), ("Path", "/aws-service-role/test.amazonaws.com/"),
            ("AssumeRolePolicyDocument", IamRoleTests.Trust))).Ok);
        var linked = await Aws.AssumeAsync(Aws.Admin, "arn:aws:iam::222222222222:role/aws-service-role/test.amazonaws.com/AWSServiceRoleForTest");
        await linked.Ssm("DescribeInstanceInformation");
        Assert.Null(Aws.Authorizer.Last("ssm:DescribeInstanceInformation").ScpLevels);
    }

    [Fact]
    public async Task SeedingATestOrganization()
    {
        Aws.Emulator.Reset(new Seeding.SeedDocument
        {
            Users = { new Seeding.SeedUser { Account = "555555555555", Name = "root-admin", ManagedPolicies = { "arn:aws:iam::aws:policy/AdministratorAccess" },
                AccessKeys = { new Seeding.SeedAccessKey { AccessKeyId = "AKIAFRESHFRESH000001", SecretAccessKey = "s" } } } },
        });
        var client = Aws.Client(new Credentials("AKIAFRESHFRESH000001", "s"));
        Assert.Equal("AWSOrganizationsNotInUseException", (await client.Organizations("DescribeOrganization")).ErrorCode);
        Assert.True((await client.Organizations("CreateOrganization", J.O(("FeatureSet", "ALL")))).Ok);
        var root = (await client.Organizations("ListRoots")).Json["Roots"]![0]!;
        Assert.Empty(root["PolicyTypes"]!.AsArray());
        string rootId = root["Id"]!.GetValue<string>();
        var policyId = (await client.Organizations("CreatePolicy", J.O(("Name", "g"), ("Description", "d"), ("Type", "SERVICE_CONTROL_POLICY"), ("Content", Scp))))
            .Json["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        Assert.Equal("PolicyTypeNotEnabledException", (await client.Organizations("AttachPolicy", J.O(("PolicyId", policyId), ("TargetId", rootId)))).ErrorCode);
        Assert.True((await client.Organizations("EnablePolicyType", J.O(("RootId", rootId), ("PolicyType", "SERVICE_CONTROL_POLICY")))).Ok);
        Assert.Equal("PolicyTypeAlreadyEnabledException", (await client.Organizations("EnablePolicyType", J.O(("RootId", rootId), ("PolicyType", "SERVICE_CONTROL_POLICY")))).ErrorCode);

        var ou = (await client.Organizations("CreateOrganizationalUnit", J.O(("ParentId", rootId), ("Name", "Workloads")))).Json["OrganizationalUnit"]!["Id"]!.GetValue<string>();
        Assert.Equal("DuplicateOrganizationalUnitException", (await client.Organizations("CreateOrganizationalUnit", J.O(("ParentId", rootId), ("Name", "Workloads")))).ErrorCode);
        var request = (await client.Organizations("CreateAccount", J.O(("AccountName", "app"), ("Email", "app@example.com")))).Json["CreateAccountStatus"]!;
        var status = (await client.Organizations("DescribeCreateAccountStatus", J.O(("CreateAccountRequestId", request["Id"]!.GetValue<string>())))).Json["CreateAccountStatus"]!;
        Assert.Equal("SUCCEEDED", status["State"]!.GetValue<string>());
        string account = status["AccountId"]!.GetValue<string>();
        Assert.True((await client.Organizations("MoveAccount", J.O(("AccountId", account), ("SourceParentId", rootId), ("DestinationParentId", ou)))).Ok);
        Assert.Equal(ou, (await client.Organizations("ListParents", J.O(("ChildId", account)))).Json["Parents"]![0]!["Id"]!.GetValue<string>());
        Assert.Equal("DuplicateAccountException", (await client.Organizations("MoveAccount", J.O(("AccountId", account), ("SourceParentId", ou), ("DestinationParentId", ou)))).ErrorCode);
        var member = await Aws.AssumeAsync(client, LocalAwsFixture.OrganizationAccessRole(account));
        Assert.Equal(account, (await member.Sts("GetCallerIdentity")).X("Account"));
    }
}
