using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>
/// The policies of a user or role as they were before a recent write. Until <see cref="Until"/> authorisation
/// still sees these, as IAM's eventual consistency makes AWS do for a few seconds after a change.
/// </summary>
public sealed record PolicySnapshot(
    DateTimeOffset Until,
    IReadOnlyList<string> Inline,
    IReadOnlyList<string> Attached,
    string? TrustPolicy)
{
    public static PolicySnapshot Of(IamPrincipal principal, DateTimeOffset until) =>
        new(until, new List<string>(principal.InlinePolicies.Values), new List<string>(principal.AttachedPolicyArns),
            (principal as IamRole)?.AssumeRolePolicyDocument);
}
