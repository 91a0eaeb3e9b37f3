namespace LocalAws.Authorization;

public enum AuthorizationOutcome
{
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}
