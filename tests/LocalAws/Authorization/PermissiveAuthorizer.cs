namespace LocalAws.Authorization;

/// <summary>
/// Allows every request. Stands in where no policy engine is wired, so that protocol and state
/// tests can run on their own; enforcement tests use the policy engine.
/// </summary>
public sealed class PermissiveAuthorizer : IAuthorizer
{
    public AuthorizationDecision Authorize(AuthorizationRequest request) => AuthorizationDecision.Allow;
}
