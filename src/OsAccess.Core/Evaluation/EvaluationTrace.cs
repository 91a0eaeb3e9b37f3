using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>Collects what an evaluation saw, for <see cref="EvaluationResult"/>. Absent on the fast path.</summary>
    internal sealed class EvaluationTrace
    {
        private readonly List<MatchedStatement> matched = new List<MatchedStatement>();
        private readonly List<string> missingKeys = new List<string>();
        private readonly HashSet<string> missingSeen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        private readonly List<string> reasons = new List<string>();
        private readonly List<UnmetStatement> unmet = new List<UnmetStatement>();

        public bool AllowedByOrganizations { get; set; } = true;

        public bool AllowedByResourceControlPolicies { get; set; } = true;

        public bool AllowedByPermissionsBoundary { get; set; } = true;

        public string? OrganizationLevelNotAllowing { get; set; }

        public void AddMissingKey(string key)
        {
            if (missingSeen.Add(key)) missingKeys.Add(key);
        }

        public void AddMatch(PolicyKind kind, CompiledPolicy policy, string? target, CompiledStatement statement, PrincipalMatch principal) =>
            matched.Add(new MatchedStatement(kind, policy, target, statement.Source, statement.Index + 1, statement.Effect, principal));

        public void AddReason(string reason) => reasons.Add(reason);

        /// <summary>A statement that would have applied but for its conditions, with each unmet condition in words.</summary>
        public void AddUnmet(PolicyKind kind, CompiledPolicy policy, string? target, CompiledStatement statement, RequestContext context) =>
            unmet.Add(new UnmetStatement(kind, target, statement.Effect,
                MatchedStatement.Place(kind, policy.Name, target, statement.Index + 1, statement.Source.Sid?.Value),
                statement.UnmetConditions(context).ToList()));

        /// <summary>
        /// Explains why statements of <paramref name="kind"/> with <paramref name="effect"/> (at <paramref name="target"/> when
        /// given) did not apply: the answer to "but my policy allows it" after an implicit deny, or "why was it not denied".
        /// </summary>
        public void AddUnmetReasons(PolicyKind kind, PolicyEffect effect, string? target = null)
        {
            foreach (var unmet in unmet)
            {
                if (unmet.Kind != kind || unmet.Effect != effect || (target != null && unmet.Target != target)) continue;
                var verb = effect == PolicyEffect.Allow ? "allow" : "deny";
                var conditions = unmet.Conditions.Count == 1 ? "its condition " + unmet.Conditions[0] : "its conditions " + string.Join(" and ", unmet.Conditions);
                reasons.Add($"{char.ToUpperInvariant(unmet.Place[0])}{unmet.Place.Substring(1)} would {verb} it but for {conditions}.");
            }
        }

        /// <summary>For an allowed request, every Deny that would have applied but for its conditions.</summary>
        public void AddUnmetDenyReasons()
        {
            foreach (var kind in new[] { PolicyKind.ServiceControl, PolicyKind.ResourceControl, PolicyKind.Resource, PolicyKind.Identity, PolicyKind.PermissionsBoundary, PolicyKind.Session })
            {
                AddUnmetReasons(kind, PolicyEffect.Deny);
            }
        }

        public IEnumerable<MatchedStatement> Matched => matched;

        public EvaluationResult ToResult(Decision decision)
        {
            if (decision == Decision.Allowed) AddUnmetDenyReasons();
            if (missingKeys.Count > 0) reasons.Add($"Context keys that conditions asked for and the request lacked: {string.Join(", ", missingKeys)}.");
            return new EvaluationResult(decision, matched.ToArray(), missingKeys.ToArray(), AllowedByOrganizations, AllowedByResourceControlPolicies,
                AllowedByPermissionsBoundary, OrganizationLevelNotAllowing, reasons.ToArray());
        }

        public void AddDenyReasons()
        {
            foreach (var match in matched)
            {
                if (match.Effect == PolicyEffect.Deny) reasons.Add($"Explicitly denied: {match}.");
            }
        }
    }
}
