using System.Collections.Generic;
using System.Linq;
using LocalAws.State;

namespace LocalAws.Authorization;

/// <summary>Collects the policy documents that apply to a principal: identity, boundary, session, SCPs.</summary>
public static class PolicyGatherer
{
    /// <summary>
    /// Inline and attached policies in effect at <paramref name="now"/> (see <see cref="PolicySnapshot"/>); for a user, its
    /// groups' policies too.
    /// </summary>
    public static List<string> IdentityPolicies(World world, IamPrincipal entity, System.DateTimeOffset now)
    {
        var documents = OwnPolicies(world, entity, now);
        if (entity is IamUser user)
        {
            foreach (var group in Services.Iam.GroupOperations.GroupsOf(world.Account(user.AccountId), user)) documents.AddRange(OwnPolicies(world, group, now));
        }
        return documents;
    }

    private static List<string> OwnPolicies(World world, IamPrincipal entity, System.DateTimeOffset now)
    {
        var stale = entity.StaleAt(now);
        var documents = stale is null ? new List<string>(entity.InlinePolicies.Values) : new List<string>(stale.Inline);
        foreach (var arn in stale?.Attached ?? (IReadOnlyList<string>)entity.AttachedPolicyArns)
        {
            var policy = world.FindPolicy(arn);
            if (policy is not null) documents.Add(policy.DocumentAt(now));
        }
        return documents;
    }

    /// <summary>The role's trust policy in effect at <paramref name="now"/>.</summary>
    public static string TrustPolicy(IamRole role, System.DateTimeOffset now) =>
        role.StaleAt(now)?.TrustPolicy ?? role.AssumeRolePolicyDocument;

    public static string? Boundary(World world, IamPrincipal entity, System.DateTimeOffset now) =>
        entity.PermissionsBoundaryArn is null ? null : world.FindPolicy(entity.PermissionsBoundaryArn)?.DocumentAt(now);

    public static IReadOnlyList<string>? SessionPolicies(World world, StsSession? session, System.DateTimeOffset now)
    {
        if (session is null || (session.SessionPolicy is null && session.SessionPolicyArns.Count == 0)) return null;
        var documents = new List<string>();
        if (session.SessionPolicy is not null) documents.Add(session.SessionPolicy);
        documents.AddRange(session.SessionPolicyArns.Select(world.FindPolicy).Where(p => p is not null).Select(p => p!.DocumentAt(now)));
        return documents;
    }

    /// <summary>
    /// SCPs per level (root, OUs, account) for principals of member accounts; null where SCPs do not apply:
    /// no organization, SCPs not enabled, the management account, or a service-linked role.
    /// </summary>
    public static IReadOnlyList<ScpLevel>? ScpLevels(World world, IamPrincipal entity)
    {
        var org = world.Organization;
        if (org is null || !org.ScpEnabled) return null;
        if (entity.AccountId == org.ManagementAccountId || !org.Accounts.ContainsKey(entity.AccountId)) return null;
        if (entity.Path.StartsWith("/aws-service-role/", System.StringComparison.Ordinal)) return null;
        return org.ScpLevelsOf(entity.AccountId);
    }
}
