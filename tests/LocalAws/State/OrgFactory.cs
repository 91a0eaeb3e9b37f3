using System;
using LocalAws.Infrastructure;
using LocalAws.Seeding;

namespace LocalAws.State;

/// <summary>Creates organizations, OUs, accounts and SCPs the way AWS does, including FullAWSAccess attachments.</summary>
public static class OrgFactory
{
    public static Organization Organization(World world, string managementAccountId, string managementName, string managementEmail,
        bool scpEnabled, DateTimeOffset now)
    {
        var org = new Organization
        {
            Id = "o-" + IdGenerator.Lower(10),
            ManagementAccountId = managementAccountId,
            ManagementAccountEmail = managementEmail,
            RootId = "r-" + IdGenerator.Lower(4),
        };
        org.Policies[OrgPolicy.FullAwsAccessId] = new OrgPolicy
        {
            Id = OrgPolicy.FullAwsAccessId, Name = "FullAWSAccess", AwsManaged = true,
            Description = "Allows access to every operation", Content = AwsManagedPolicies.Document("FullAWSAccess"),
        };
        org.Accounts[managementAccountId] = new OrgAccount
        {
            Id = managementAccountId, Name = managementName, Email = managementEmail, ParentId = org.RootId,
            JoinedMethod = "INVITED", JoinedTimestamp = now,
        };
        world.Account(managementAccountId);
        world.Organization = org;
        if (scpEnabled) EnableScps(org);
        return org;
    }

    /// <summary>Enables SCPs: AWS attaches FullAWSAccess to the root, every OU and every account.</summary>
    public static void EnableScps(Organization org)
    {
        org.ScpEnabled = true;
        AttachFullAccess(org, org.RootId);
        foreach (var id in org.Units.Keys) AttachFullAccess(org, id);
        foreach (var id in org.Accounts.Keys) AttachFullAccess(org, id);
    }

    public static OrgUnit Unit(Organization org, string name, string parentId)
    {
        var unit = new OrgUnit { Id = $"ou-{org.RootId[2..]}-{IdGenerator.Lower(8)}", Name = name, ParentId = parentId };
        org.Units[unit.Id] = unit;
        if (org.ScpEnabled) AttachFullAccess(org, unit.Id);
        return unit;
    }

    public static OrgAccount Account(World world, Organization org, string accountId, string name, string email, string parentId, DateTimeOffset now)
    {
        var account = new OrgAccount { Id = accountId, Name = name, Email = email, ParentId = parentId, JoinedTimestamp = now };
        org.Accounts[accountId] = account;
        if (org.ScpEnabled) AttachFullAccess(org, accountId);
        world.Account(accountId);
        IamFactory.OrganizationAccountAccessRole(world, accountId, org.ManagementAccountId, now);
        return account;
    }

    public static OrgPolicy Scp(Organization org, string name, string description, string content)
    {
        var policy = new OrgPolicy { Id = "p-" + IdGenerator.Lower(8), Name = name, Description = description, Content = content };
        org.Policies[policy.Id] = policy;
        return policy;
    }

    private static void AttachFullAccess(Organization org, string targetId)
    {
        var list = org.AttachedTo(targetId);
        if (!list.Contains(OrgPolicy.FullAwsAccessId)) list.Add(OrgPolicy.FullAwsAccessId);
    }
}
