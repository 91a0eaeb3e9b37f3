using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LocalAws.State;

namespace LocalAws.Seeding;

/// <summary>Fills an empty world from a seed document.</summary>
public static class SeedLoader
{
    public static void Load(World world, SeedDocument seed, DateTimeOffset now)
    {
        foreach (var name in AwsManagedPolicies.IamPolicyNames)
        {
            string arn = AwsManagedPolicies.IamArn(name);
            world.AwsManagedPolicies[arn] = IamFactory.Policy(arn, name, "/" + AwsManagedPolicies.PathOf(name), null, AwsManagedPolicies.Document(name), now);
        }
        if (seed.Organization is not null) LoadOrganization(world, seed.Organization, now);
        foreach (var id in seed.StandaloneAccounts) world.Account(id);
        foreach (var p in seed.Policies)
        {
            string arn = IamFactory.PolicyArn(p.Account, p.Path, p.Name);
            world.Account(p.Account).Policies[arn] = IamFactory.Policy(arn, p.Name, p.Path, p.Description, SeedDocument.Text(p.Document), now);
        }
        foreach (var u in seed.Users) LoadUser(world, u, now);
        foreach (var r in seed.Roles) LoadRole(world, r, now);
        foreach (var i in seed.Instances) LoadInstance(world, i, now);
        world.PrimaryAccountId = seed.Organization?.ManagementAccountId ?? seed.Users.FirstOrDefault()?.Account ?? "";
        world.PrimaryAccessKeyId = world.AccessKeys.Values.FirstOrDefault(k => k.AccountId == world.PrimaryAccountId)?.AccessKeyId ?? "";
    }

    private static void LoadOrganization(World world, SeedOrganization s, DateTimeOffset now)
    {
        var org = OrgFactory.Organization(world, s.ManagementAccountId, s.ManagementAccountName, s.ManagementAccountEmail, s.ScpEnabled, now);
        var unitIds = new Dictionary<string, string>(StringComparer.Ordinal) { ["Root"] = org.RootId };
        var pending = new List<SeedUnit>(s.OrganizationalUnits);
        while (pending.Count > 0)
        {
            var ready = pending.Where(u => unitIds.ContainsKey(u.Parent)).ToList();
            if (ready.Count == 0) throw new InvalidDataException($"OU parent '{pending[0].Parent}' of '{pending[0].Name}' is not defined.");
            foreach (var u in ready)
            {
                unitIds[u.Name] = OrgFactory.Unit(org, u.Name, unitIds[u.Parent]).Id;
                pending.Remove(u);
            }
        }
        foreach (var a in s.Accounts)
        {
            if (!unitIds.TryGetValue(a.Parent, out var parentId)) throw new InvalidDataException($"Account {a.Id}: parent '{a.Parent}' is not defined.");
            OrgFactory.Account(world, org, a.Id, a.Name, a.Email ?? $"{a.Name}@example.com", parentId, now);
        }
        foreach (var scp in s.ServiceControlPolicies)
        {
            var policy = OrgFactory.Scp(org, scp.Name, scp.Description, SeedDocument.Text(scp.Content));
            foreach (var target in scp.Targets)
            {
                string id = unitIds.TryGetValue(target, out var unitId) ? unitId : target;
                if (!org.TargetExists(id)) throw new InvalidDataException($"SCP {scp.Name}: target '{target}' is not defined.");
                org.AttachedTo(id).Add(policy.Id);
            }
        }
    }

    private static void LoadUser(World world, SeedUser s, DateTimeOffset now)
    {
        var user = IamFactory.User(world, s.Account, s.Name, s.Path, now, now);
        foreach (var key in s.AccessKeys) IamFactory.AccessKey(world, user, key.AccessKeyId, key.SecretAccessKey, now);
        user.AttachedPolicyArns.AddRange(s.ManagedPolicies);
        foreach (var (name, doc) in s.InlinePolicies) user.InlinePolicies[name] = SeedDocument.Text(doc);
        foreach (var (k, v) in s.Tags) user.Tags[k] = v;
    }

    private static void LoadRole(World world, SeedRole s, DateTimeOffset now)
    {
        var role = IamFactory.Role(world, s.Account, s.Name, s.Path, SeedDocument.Text(s.TrustPolicy), now, now);
        role.MaxSessionDuration = s.MaxSessionDuration;
        role.AttachedPolicyArns.AddRange(s.ManagedPolicies);
        foreach (var (name, doc) in s.InlinePolicies) role.InlinePolicies[name] = SeedDocument.Text(doc);
        foreach (var (k, v) in s.Tags) role.Tags[k] = v;
    }

    private static void LoadInstance(World world, SeedInstance s, DateTimeOffset now)
    {
        bool windows = string.Equals(s.PlatformType, "Windows", StringComparison.OrdinalIgnoreCase);
        world.Instances[s.InstanceId] = new SsmInstance
        {
            InstanceId = s.InstanceId, AccountId = s.Account, Region = s.Region, PlatformType = windows ? "Windows" : "Linux",
            PlatformName = s.PlatformName ?? (windows ? "Microsoft Windows Server 2022 Datacenter" : "Amazon Linux"),
            PlatformVersion = windows ? "10.0.20348" : "2023",
            ComputerName = s.ComputerName ?? s.InstanceId, PingStatus = s.PingStatus, RegistrationDate = now,
            Tags = new Tags(s.Tags),
        };
    }
}
