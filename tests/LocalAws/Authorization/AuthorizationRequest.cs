using System.Collections.Generic;

namespace LocalAws.Authorization;

/// <summary>
/// One request to authorise, with every policy that applies to it, as AWS gathers them:
/// the SCPs at each level of the principal account's org path (null when SCPs do not apply, e.g. in the
/// management account), the principal's identity policies, its permissions boundary, the session policies
/// of an assumed-role session, and the resource's own policy (a role's trust policy for sts:AssumeRole).
/// </summary>
public sealed record AuthorizationRequest(
    string PrincipalArn,
    string PrincipalAccount,
    string Action,
    string Resource,
    string ResourceAccount,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context,
    IReadOnlyList<ScpLevel>? ScpLevels,
    IReadOnlyList<string> IdentityPolicies,
    string? PermissionsBoundary,
    IReadOnlyList<string>? SessionPolicies,
    string? ResourcePolicy,
    System.DateTimeOffset Now)
{
    /// <summary>The ARN shown in AccessDenied messages: the session ARN for assumed roles.</summary>
    public string CallerArn { get; init; } = PrincipalArn;
}
