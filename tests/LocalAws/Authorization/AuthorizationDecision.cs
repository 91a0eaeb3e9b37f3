namespace LocalAws.Authorization;

/// <summary>The verdict, and which kind of policy decided it ("service control policy", "identity-based policy", …).</summary>
public sealed record AuthorizationDecision(AuthorizationOutcome Outcome, string? DecidingPolicyType = null, string? Explanation = null)
{
    public static readonly AuthorizationDecision Allow = new(AuthorizationOutcome.Allowed);

    public bool IsAllowed => Outcome == AuthorizationOutcome.Allowed;
}
