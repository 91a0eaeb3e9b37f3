using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Policy;
using EnginePolicyKind = OsAccess.Core.Evaluation.PolicyKind;

namespace LocalAws.Authorization;

/// <summary>Decides with the product's policy evaluation engine, as AWS would.</summary>
public sealed class PolicyEngineAuthorizer : IAuthorizer
{
    private readonly PolicyCache cache = new();

    public AuthorizationDecision Authorize(AuthorizationRequest request)
    {
        var evaluation = ToEvaluation(request);
        var decision = PolicyEvaluator.Decide(evaluation);
        if (decision == Decision.Allowed) return AuthorizationDecision.Allow;
        var result = PolicyEvaluator.Evaluate(evaluation);
        return decision == Decision.ExplicitDeny
            ? new AuthorizationDecision(AuthorizationOutcome.ExplicitDeny, DenyingPolicyType(result), result.Explanation)
            : new AuthorizationDecision(AuthorizationOutcome.ImplicitDeny, MissingPolicyType(result, request.ResourcePolicy is not null), result.Explanation);
    }

    public EvaluationRequest ToEvaluation(AuthorizationRequest request)
    {
        var builder = new RequestContextBuilder(request.CallerArn, request.PrincipalArn).At(request.Now);
        foreach (var (key, values) in request.Context) builder.With(key, values.ToArray());
        return new EvaluationRequest
        {
            Action = request.Action,
            Resource = request.Resource,
            ResourceAccount = request.ResourceAccount,
            Context = builder.Build(),
            IdentityPolicies = Compile(request.IdentityPolicies),
            PermissionsBoundary = request.PermissionsBoundary is null ? null : cache.Get(request.PermissionsBoundary),
            SessionPolicy = SessionPolicy(request.SessionPolicies),
            ResourcePolicy = request.ResourcePolicy is null ? null : cache.Get(request.ResourcePolicy),
            ServiceControlPolicies = request.ScpLevels?.Select(l => new OrganizationLevel(l.Target, Compile(l.Policies))).ToList()
                ?? new List<OrganizationLevel>(),
        };
    }

    private List<CompiledPolicy> Compile(IEnumerable<string> texts) =>
        texts.Select(cache.Get).Where(p => p is not null).Select(p => p!).ToList();

    /// <summary>Inline and managed session policies act as one: their statements together bound the session.</summary>
    private CompiledPolicy? SessionPolicy(IReadOnlyList<string>? texts)
    {
        if (texts is null) return null;
        var compiled = Compile(texts);
        if (compiled.Count == 1) return compiled[0];
        var merged = new PolicyDocument
        {
            Version = PolicyDocument.CurrentVersion,
            Statements = compiled.SelectMany(p => p.Document.Statements).ToList(),
        };
        return CompiledPolicy.Compile(merged, "session");
    }

    private static string DenyingPolicyType(EvaluationResult result) =>
        Name(result.MatchedStatements.FirstOrDefault(m => m.Effect == PolicyEffect.Deny)?.Kind);

    private static string MissingPolicyType(EvaluationResult result, bool hasResourcePolicy) =>
        !result.AllowedByOrganizations ? "service control policy"
        : !result.AllowedByPermissionsBoundary ? "permissions boundary"
        : hasResourcePolicy && !result.MatchedStatements.Any(m => m.Kind == EnginePolicyKind.Resource && m.Effect == PolicyEffect.Allow)
            ? "resource-based policy"
            : "identity-based policy";

    private static string Name(EnginePolicyKind? kind) => kind switch
    {
        EnginePolicyKind.ServiceControl => "service control policy",
        EnginePolicyKind.ResourceControl => "resource control policy",
        EnginePolicyKind.PermissionsBoundary => "permissions boundary",
        EnginePolicyKind.Session => "session policy",
        EnginePolicyKind.Resource => "resource-based policy",
        _ => "identity-based policy",
    };
}
