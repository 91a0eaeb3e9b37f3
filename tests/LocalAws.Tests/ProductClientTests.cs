using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Infrastructure;
using LocalAws.Seeding;
using LocalAws.Tests.Support;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Organizations;

namespace LocalAws.Tests;

/// <summary>OsAccess's own IAM and Organizations clients against LocalAws, as the cmdlets will use them.</summary>
public class ProductClientTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}""";
    private const string Allow = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:StartSession","Resource":"*"}]}""";
    public ProductClientTests(EnforcingLocalAwsFixture aws) : base(aws) { }


    [Fact]
    public async Task IamClientRoundTripsARoleAndItsPolicies()
    {
        var iam = new IamClient(Aws.ProductClientOptions("iam"));
        var created = await iam.CreateRoleAsync(new IamCreateRoleRequest { RoleName = "OSAccess", AssumeRolePolicyDocument = Trust, MaxSessionDuration = 7200 }, CancellationToken.None);
        Assert.Equal("arn:aws:iam::111111111111:role/OSAccess", created.Arn);
        await iam.PutRolePolicyAsync("OSAccess", "OSAccessPolicy", Allow, CancellationToken.None);
        var role = await iam.GetRoleAsync("OSAccess", CancellationToken.None);
        Assert.Equal((Trust, 7200), (role.AssumeRolePolicyDocument, role.MaxSessionDuration));
        Assert.Equal(Allow, (await iam.GetRolePolicyAsync("OSAccess", "OSAccessPolicy", CancellationToken.None)).Document);
        var missing = await Assert.ThrowsAnyAsync<AwsServiceException>(() => iam.GetRoleAsync("Nope", CancellationToken.None));
        Assert.Equal("NoSuchEntity", missing.Code);
    }

    [Fact]
    public async Task IamClientPagesThroughAuthorizationDetails()
    {
        var iam = new IamClient(Aws.ProductClientOptions("iam"));
        for (int i = 0; i < 150; i++) await Aws.Admin.Iam("CreateUser", ("UserName", $"user{i:D3}"));
        var users = new List<string>();
        string? marker = null;
        int pages = 0;
        do
        {
            var page = await iam.GetAccountAuthorizationDetailsAsync(new[] { "User" }, marker, CancellationToken.None);
            users.AddRange(page.Users.Select(u => u.User.UserName));
            marker = page.NextMarker;
            pages++;
        } while (marker is not null);
        Assert.Equal(152, users.Count);
        Assert.True(pages >= 2);
    }

    [Fact]
    public async Task IamClientRetriesThroughAThrottlingBurst()
    {
        Aws.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Service = "iam", Operation = "GetUser", Count = 2 });
        var user = await new IamClient(Aws.ProductClientOptions("iam")).GetUserAsync(null, CancellationToken.None);
        Assert.Equal("admin", user.UserName);
        Assert.Equal(3, Aws.Emulator.Requests.Counts()["iam:GetUser"]);
    }

    [Fact]
    public async Task AliceIsDeniedWritesThroughTheProductClient()
    {
        var iam = new IamClient(Aws.ProductClientOptions("iam", DefaultSeed.AliceAccessKeyId, DefaultSeed.AliceSecretAccessKey));
        Assert.Equal("alice", (await iam.GetUserAsync(null, CancellationToken.None)).UserName);
        var denied = await Assert.ThrowsAnyAsync<AwsServiceException>(() =>
            iam.CreateRoleAsync(new IamCreateRoleRequest { RoleName = "Sneaky", AssumeRolePolicyDocument = Trust }, CancellationToken.None));
        Assert.Equal("AccessDenied", denied.Code);
    }

    [Fact]
    public async Task OrganizationsClientPublishesAnScp()
    {
        var org = new OrganizationsClient(Aws.ProductClientOptions("organizations"));
        var accounts = new List<string>();
        string? token = null;
        do
        {
            var page = await org.ListAccountsAsync(token, CancellationToken.None);
            accounts.AddRange(page.Items.Select(a => a.Id));
            token = page.NextToken;
        } while (token is not null);
        Assert.Equal(4, accounts.Count);
        var policy = await org.CreatePolicyAsync("guardrail", "d", "SERVICE_CONTROL_POLICY", Allow, null, CancellationToken.None);
        await org.AttachPolicyAsync(policy.Summary.Id, "222222222222", CancellationToken.None);
        var attached = await org.ListPoliciesForTargetAsync("222222222222", "SERVICE_CONTROL_POLICY", null, CancellationToken.None);
        Assert.Contains(attached.Items, p => p.Name == "guardrail");
        var duplicate = await Assert.ThrowsAnyAsync<AwsServiceException>(() => org.AttachPolicyAsync(policy.Summary.Id, "222222222222", CancellationToken.None));
        Assert.Equal("DuplicatePolicyAttachmentException", duplicate.Code);
    }

    [Fact]
    public async Task OrganizationsClientTagsAPolicyAndReadsTheTagsBack()
    {
        var org = new OrganizationsClient(Aws.ProductClientOptions("organizations"));
        var policy = await org.CreatePolicyAsync("OSAccessGuardrail", "d", "SERVICE_CONTROL_POLICY", Allow, new[] { new OsAccess.Aws.AwsTag("managed-by", "OsAccess") }, CancellationToken.None);
        await org.TagResourceAsync(policy.Summary.Id, new[] { new OsAccess.Aws.AwsTag("options", "Channel=All") }, CancellationToken.None);
        await org.UntagResourceAsync(policy.Summary.Id, new[] { "managed-by" }, CancellationToken.None);

        var tags = await Pagination.AllAsync((token, ct) => org.ListTagsForResourceAsync(policy.Summary.Id, token, ct), CancellationToken.None);

        Assert.Equal(new[] { "options=Channel=All" }, tags.Select(t => t.ToString()));
        var bad = await Assert.ThrowsAnyAsync<AwsServiceException>(() => org.TagResourceAsync(policy.Summary.Id, new[] { new OsAccess.Aws.AwsTag("k", "a,b") }, CancellationToken.None));
        Assert.Equal("InvalidInputException", bad.Code);
    }
}
