using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;

namespace LocalAws.Tests.Scenario;

/// <summary>
/// The OSAccessPolicy OsAccess builds, enforced by LocalAws for role sessions of OSAccess: each session is tagged
/// aws:ssmmessages:session-id with its starter's aws:userid (AROA…:session-name), and the policy's condition on that tag
/// decides TerminateSession and ResumeSession.
/// </summary>
public class RoleSessionTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Prod = "222222222222";
    private const string Linux = "i-0a1b2c3d4e5f60001";
    private static readonly string OsAccessArn = $"arn:aws:iam::{Prod}:role/OSAccess";
    public RoleSessionTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private async Task<(AwsClient Alice, AwsClient Bob)> TwoPeopleAsOsAccess()
    {
        var admin = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole(Prod), "admin");
        Assert.True((await admin.Iam("CreateRole", ("RoleName", "OSAccess"), ("AssumeRolePolicyDocument", SeedDocuments.OsAccessTrust))).Ok);
        Assert.True((await admin.Iam("AttachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))).Ok);
        var put = await admin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", OsAccessRolePolicyBuilder.PolicyName),
            ("PolicyDocument", PolicyJsonWriter.Write(OsAccessRolePolicyBuilder.Build(Prod), PolicyJsonStyle.Minified)));
        Assert.True(put.Ok, put.ToString());
        return (await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "alice"), await Aws.AssumeAsync(Aws.Admin, OsAccessArn, "bob"));
    }

    private static async Task<string> StartOn(AwsClient client)
    {
        var started = await client.Ssm("StartSession", J.O(("Target", Linux)));
        Assert.True(started.Ok, started.ToString());
        return started.Json["SessionId"]!.GetValue<string>();
    }

    [Fact]
    public async Task ARoleSessionTerminatesItsOwnSessionAndIsDeniedAnotherPersons()
    {
        var (alice, bob) = await TwoPeopleAsOsAccess();
        string alices = await StartOn(alice);
        string bobs = await StartOn(bob);
        Assert.StartsWith("alice-", alices);

        var denied = await alice.Ssm("TerminateSession", J.O(("SessionId", bobs)));
        Assert.Equal("AccessDeniedException", denied.ErrorCode);
        Assert.Contains("assumed-role/OSAccess/alice", denied.ErrorMessage);
        Assert.True((await alice.Ssm("TerminateSession", J.O(("SessionId", alices)))).Ok);
        var active = await bob.Ssm("DescribeSessions", J.O(("State", "Active")));
        Assert.True(active.Ok, active.ToString());
        Assert.Equal(bobs, active.Json["Sessions"]![0]!["SessionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARoleSessionResumesItsOwnSessionAndIsDeniedAnotherPersons()
    {
        var (alice, bob) = await TwoPeopleAsOsAccess();
        string alices = await StartOn(alice);
        string bobs = await StartOn(bob);

        Assert.Equal("AccessDeniedException", (await alice.Ssm("ResumeSession", J.O(("SessionId", bobs)))).ErrorCode);
        var resumed = await alice.Ssm("ResumeSession", J.O(("SessionId", alices)));
        Assert.True(resumed.Ok, resumed.ToString());
    }
}
