using System;
using System.IO;
using System.Linq;
using LocalAws.Seeding;
using LocalAws.State;

namespace LocalAws.Tests;

public class SeedTests
{
    private static World Load(string json)
    {
        var world = new World();
        SeedLoader.Load(world, DefaultSeed.Parse(json), DateTimeOffset.UtcNow);
        return world;
    }

    [Fact]
    public void DefaultSeedHasTheManagementAccountMembersAndTheirAccessRole()
    {
        var world = new World();
        SeedLoader.Load(world, DefaultSeed.Load(), DateTimeOffset.UtcNow);
        var org = world.Organization!;
        Assert.Equal("111111111111", org.ManagementAccountId);
        Assert.Equal(4, org.Accounts.Count);
        foreach (var member in org.Accounts.Keys.Where(a => a != org.ManagementAccountId))
            Assert.Contains("OrganizationAccountAccessRole", world.Accounts[member].Roles.Keys);
        Assert.DoesNotContain("OrganizationAccountAccessRole", world.Accounts["111111111111"].Roles.Keys);
        Assert.All(org.Attachments.Values, list => Assert.Contains(OrgPolicy.FullAwsAccessId, list));
        Assert.Equal(new[] { "arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess" },
            world.AwsManagedPolicies.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal("AKIAIOSFODNN7EXAMPLE", world.PrimaryAccessKeyId);
    }

    [Fact]
    public void OusMayBeListedBeforeTheirParentsAndScpsTargetThemByName()
    {
        var world = Load("""
            {"organization": {
              "organizationalUnits": [ {"name": "Prod", "parent": "Workloads"}, {"name": "Workloads", "parent": "Root"} ],
              "accounts": [ {"id": "222222222222", "name": "prod", "parent": "Prod"} ],
              "serviceControlPolicies": [ {"name": "g", "content": "{\"Version\":\"2012-10-17\",\"Statement\":[]}", "targets": ["Workloads", "222222222222"]} ]
            }}
            """);
        var org = world.Organization!;
        var path = org.PathOf("222222222222");
        Assert.Equal(4, path.Count);
        Assert.Equal("Workloads", org.Units[path[1]].Name);
        var levels = org.ScpLevelsOf("222222222222");
        Assert.Equal(new[] { 1, 2, 1, 2 }, levels.Select(l => l.Policies.Count));
        Assert.Equal("{\"Version\":\"2012-10-17\",\"Statement\":[]}", levels[1].Policies[1]);
    }

    [Theory]
    [InlineData("""{"organization": {"organizationalUnits": [ {"name": "A", "parent": "Nowhere"} ]}}""")]
    [InlineData("""{"organization": {"accounts": [ {"id": "222222222222", "name": "x", "parent": "Nowhere"} ]}}""")]
    [InlineData("""{"organization": {"serviceControlPolicies": [ {"name": "g", "content": {}, "targets": ["Nowhere"]} ]}}""")]
    public void UndefinedReferencesAreRefused(string json) =>
        Assert.Throws<InvalidDataException>(() => Load(json));

    [Fact]
    public void RolesUsersPoliciesAndInstancesComeFromTheSeed()
    {
        var world = Load("""
            {
              "standaloneAccounts": ["999999999999"],
              "policies": [ {"account": "999999999999", "name": "p", "document": {"Version": "2012-10-17", "Statement": []}} ],
              "users": [ {"account": "999999999999", "name": "u", "inlinePolicies": {"i": "{}"}, "tags": {"team": "x"}} ],
              "roles": [ {"account": "999999999999", "name": "r", "trustPolicy": {"Statement": []}, "maxSessionDuration": 7200,
                          "managedPolicies": ["arn:aws:iam::999999999999:policy/p"]} ],
              "instances": [ {"account": "999999999999", "instanceId": "mi-1", "platformType": "windows"} ]
            }
            """);
        Assert.Null(world.Organization);
        var account = world.Accounts["999999999999"];
        Assert.Equal(7200, account.Roles["r"].MaxSessionDuration);
        Assert.Equal("{\"Statement\": []}", account.Roles["r"].AssumeRolePolicyDocument);
        Assert.Equal("x", account.Users["u"].Tags["team"]);
        Assert.NotNull(world.FindPolicy("arn:aws:iam::999999999999:policy/p"));
        Assert.Equal(("Windows", "ManagedInstance"), (world.Instances["mi-1"].PlatformType, world.Instances["mi-1"].ResourceType));
        Assert.Equal("arn:aws:ssm:us-east-1:999999999999:managed-instance/mi-1", world.Instances["mi-1"].Arn);
    }
}
