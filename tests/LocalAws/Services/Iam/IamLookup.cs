using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>Finds IAM entities in the caller's account, as visible now (eventual consistency), or fails with NoSuchEntity.</summary>
public static class IamLookup
{
    public static IamAccount Account(ServiceCall call) => call.World.Account(call.Caller.AccountId);

    public static IamUser User(ServiceCall call, string name)
    {
        if (Account(call).Users.TryGetValue(name, out var user) && user.VisibleFrom <= call.Now) return user;
        throw Errors.NoSuchEntity($"The user with name {name} cannot be found.");
    }

    /// <summary>The user named by UserName, or the caller when it is absent (callers with user credentials only).</summary>
    public static IamUser UserOrCaller(ServiceCall call)
    {
        string? name = call.Query.Get("UserName");
        return name is null
            ? call.Caller.Entity as IamUser ?? throw Errors.Validation("Must specify userName when calling with non-User credentials")
            : User(call, name);
    }

    public static IamGroup Group(ServiceCall call, string name)
    {
        if (Account(call).Groups.TryGetValue(name, out var group) && group.VisibleFrom <= call.Now) return group;
        throw Errors.NoSuchEntity($"The group with name {name} cannot be found.");
    }

    public static IamRole Role(ServiceCall call, string name)
    {
        if (Account(call).Roles.TryGetValue(name, out var role) && role.VisibleFrom <= call.Now) return role;
        throw Errors.NoSuchEntity($"The role with name {name} cannot be found.");
    }

    public static ManagedPolicy Policy(ServiceCall call, string arn)
    {
        var policy = call.World.FindPolicy(arn);
        bool reachable = policy is not null && (policy.IsAwsManaged || arn.Split(':')[4] == call.Caller.AccountId);
        if (reachable && policy!.VisibleFrom <= call.Now) return policy;
        throw Errors.NoSuchEntity($"Policy {arn} does not exist or is not attachable.");
    }

    /// <summary>
    /// How many of the account's users, groups and roles have the policy attached, and as a boundary. IAM counts within the
    /// caller's account, AWS managed policies included.
    /// </summary>
    public static (int Attachments, int Boundaries) Usage(IamAccount account, string arn)
    {
        int attachments = 0, boundaries = 0;
        foreach (var p in Principals(account))
        {
            if (p.AttachedPolicyArns.Contains(arn)) attachments++;
            if (p.PermissionsBoundaryArn == arn) boundaries++;
        }
        return (attachments, boundaries);
    }

    public static System.Collections.Generic.IEnumerable<IamPrincipal> Principals(IamAccount account)
    {
        foreach (var u in account.Users.Values) yield return u;
        foreach (var g in account.Groups.Values) yield return g;
        foreach (var r in account.Roles.Values) yield return r;
    }
}
