namespace LocalAws.Authorization;

/// <summary>Decides whether a request is allowed, given all the policies that apply to it.</summary>
public interface IAuthorizer
{
    AuthorizationDecision Authorize(AuthorizationRequest request);
}
