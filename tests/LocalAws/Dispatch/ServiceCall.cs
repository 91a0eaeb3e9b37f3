using System;
using System.Collections.Generic;
using LocalAws.Authorization;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Dispatch;

/// <summary>One authenticated API call, as handed to an operation: who, where, when, with what input.</summary>
public sealed record ServiceCall
{
    public required World World { get; init; }
    public required Caller Caller { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public required string Region { get; init; }
    public required IReadOnlyList<string> CalledVia { get; init; }
    public required IAuthorizer Authorizer { get; init; }
    public required FaultInjector Faults { get; init; }
    public QueryParameters Query { get; init; } = new(new Dictionary<string, string>());
    public JsonInput Json { get; init; } = new(new System.Text.Json.Nodes.JsonObject(), "ValidationException");

    /// <summary>The service's "access denied" error code: AccessDenied (IAM, STS), UnauthorizedOperation (EC2) or AccessDeniedException (JSON).</summary>
    public required string AccessDeniedCode { get; init; }

    /// <summary>The time from which something written now is visible (IAM eventual consistency).</summary>
    public DateTimeOffset VisibleFrom => Now + Faults.ConsistencyDelay(Service, Operation);

    /// <summary>
    /// Call before changing a principal's policies: while an injected consistency delay runs, authorisation keeps
    /// seeing the policies as they were before the first of the pending changes.
    /// </summary>
    public void BeforePolicyWrite(IamPrincipal principal)
    {
        var until = VisibleFrom;
        if (until <= Now) return;
        principal.Stale = principal.StaleAt(Now) is { } pending ? pending with { Until = until } : PolicySnapshot.Of(principal, until);
    }

    public Dictionary<string, IReadOnlyList<string>> ContextKeys() =>
        Authorization.ContextKeys.For(Caller, Now, Region, CalledVia, World.Organization?.Id);

    /// <summary>Authorises the caller for an action on a resource; throws the service's AccessDenied error if refused.</summary>
    public void Demand(string action, string resource, Dictionary<string, IReadOnlyList<string>>? context = null,
        string? resourcePolicy = null, string? resourceAccount = null)
    {
        var decision = Authorizer.Authorize(Request(action, resource, context, resourcePolicy, resourceAccount));
        if (!decision.IsAllowed) throw Denied(action, resource, decision);
    }

    private AuthorizationRequest Request(string action, string resource, Dictionary<string, IReadOnlyList<string>>? context,
        string? resourcePolicy, string? resourceAccount) =>
        new(Caller.PrincipalArn, Caller.AccountId, action, resource, resourceAccount ?? Caller.AccountId,
            context ?? ContextKeys(),
            PolicyGatherer.ScpLevels(World, Caller.Entity),
            PolicyGatherer.IdentityPolicies(World, Caller.Entity, Now),
            PolicyGatherer.Boundary(World, Caller.Entity, Now),
            PolicyGatherer.SessionPolicies(World, Caller.Session, Now),
            resourcePolicy,
            Now)
        { CallerArn = Caller.Arn };

    public AwsException Denied(string action, string resource, AuthorizationDecision decision)
    {
        string why = decision.Outcome == AuthorizationOutcome.ExplicitDeny
            ? $" with an explicit deny in {Article(decision.DecidingPolicyType ?? "policy")}"
            : $" because no {decision.DecidingPolicyType ?? "identity-based policy"} allows the {action} action";
        string message = $"User: {Caller.Arn} is not authorized to perform: {action} on resource: {resource}{why}";
        return AccessDeniedCode switch
        {
            "AccessDeniedException" => new AwsException(AccessDeniedCode, 400, message),
            // EC2 wraps the same sentence and appends an encoded message (sts:DecodeAuthorizationMessage), here just the sentence in base64.
            "UnauthorizedOperation" => new AwsException(AccessDeniedCode, 403,
                $"You are not authorized to perform this operation. {message}. Encoded authorization failure message: {Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(message))}"),
            _ => new AwsException(AccessDeniedCode, 403, message),
        };
    }

    private static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;
}
