using System.Collections.Generic;
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

        public bool AllowedByOrganizations { get; set; } = true;

        public bool AllowedByResourceControlPolicies { get; set; } = true;

        public bool AllowedByPermissionsBoundary { get; set; } = true;

        public string? OrganizationLevelNotAllowing { get; set; }

        public void AddMissingKey(string key)
        {
            if (missingSeen.Add(key)) missingKeys.Add(key);
        }

        public void AddMatch(PolicyKind kind, CompiledPolicy policy, string? target, CompiledStatement statement, PrincipalMatch principal) =>
            matched.Add(new MatchedStatement(kind, policy, target, statement.Source, statement.Index, statement.Effect, principal));

        public void AddReason(string reason) => reasons.Add(reason);

        public IEnumerable<MatchedStatement> Matched => matched;

        public EvaluationResult ToResult(Decision decision)
        {
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
