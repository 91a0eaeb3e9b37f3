using System;
using LocalAws.Infrastructure;

namespace LocalAws.State;

/// <summary>Creates IAM entities with AWS-shaped ids and ARNs, and registers them in their account.</summary>
public static class IamFactory
{
    public const string OrganizationAccountAccessRoleName = "OrganizationAccountAccessRole";

    public static IamUser User(World world, string accountId, string name, string path, DateTimeOffset now, DateTimeOffset visibleFrom)
    {
        var user = new IamUser { AccountId = accountId, Name = name, Path = path, Id = IdGenerator.UniqueId("AIDA"), CreateDate = now, VisibleFrom = visibleFrom };
        world.Account(accountId).Users[name] = user;
        return user;
    }

    public static IamGroup Group(World world, string accountId, string name, string path, DateTimeOffset now)
    {
        var group = new IamGroup { AccountId = accountId, Name = name, Path = path, Id = IdGenerator.UniqueId("AGPA"), CreateDate = now, VisibleFrom = now };
        world.Account(accountId).Groups[name] = group;
        return group;
    }

    public static IamRole Role(World world, string accountId, string name, string path, string trustPolicy, DateTimeOffset now, DateTimeOffset visibleFrom)
    {
        var role = new IamRole
        {
            AccountId = accountId, Name = name, Path = path, Id = IdGenerator.UniqueId("AROA"), CreateDate = now,
            VisibleFrom = visibleFrom, AssumeRolePolicyDocument = trustPolicy,
        };
        world.Account(accountId).Roles[name] = role;
        return role;
    }

    public static ManagedPolicy Policy(string arn, string name, string path, string? description, string document, DateTimeOffset now)
    {
        var policy = new ManagedPolicy
        {
            Arn = arn, Name = name, Path = path, Description = description, Id = IdGenerator.UniqueId("ANPA"),
            CreateDate = now, UpdateDate = now, VisibleFrom = now,
        };
        policy.Versions.Add(new PolicyVersion { VersionId = "v1", Document = document, CreateDate = now });
        return policy;
    }

    public static string PolicyArn(string accountId, string path, string name) => $"arn:aws:iam::{accountId}:policy{path}{name}";

    public static AccessKey AccessKey(World world, IamUser user, string? accessKeyId, string? secret, DateTimeOffset now)
    {
        var key = new AccessKey
        {
            AccessKeyId = accessKeyId ?? IdGenerator.AccessKeyId("AKIA"),
            SecretAccessKey = secret ?? IdGenerator.Secret(),
            AccountId = user.AccountId, UserName = user.Name, CreateDate = now,
        };
        world.AccessKeys[key.AccessKeyId] = key;
        return key;
    }

    /// <summary>The role AWS creates in every account it creates for an organization: the management account may assume it.</summary>
    public static IamRole OrganizationAccountAccessRole(World world, string accountId, string managementAccountId, DateTimeOffset now)
    {
        string trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" +
            managementAccountId + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
        var role = Role(world, accountId, OrganizationAccountAccessRoleName, "/", trust, now, now);
        role.AttachedPolicyArns.Add("arn:aws:iam::aws:policy/AdministratorAccess");
        return role;
    }
}
