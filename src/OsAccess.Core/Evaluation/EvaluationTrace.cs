using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>Collects what an evaluation saw, for <see cref="EvaluationResult"/>. Absent on the fast path.</summary>
    internal sealed class EvaluationTrace
    {
        private readonly List<MatchedStatement> _matched = new List<MatchedStatement>();
        private readonly List<string> _missingKeys = new List<string>();
        private readonly HashSet<string> _missingSeen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _reasons = new List<string>();

        public bool AllowedByOrganizations { get; set; } = true;

        public bool AllowedByResourceControlPolicies { get; set; } = true;

        public bool AllowedByPermissionsBoundary { get; set; } = true;

        public string? OrganizationLevelNotAllowing { get; set; }

        public void AddMissingKey(string key)
        {
            if (_missingSeen.Add(key)) _missingKeys.Add(key);
        }

        public void AddMatch(PolicyKind kind, CompiledPolicy policy, string? target, CompiledStatement statement, PrincipalMatch principal) =>
            _matched.Add(new MatchedStatement(kind, policy, target, statement.Source, statement.Index + 1, statement.Effect, principal));

        public void AddReason(string reason) => _reasons.Add(reason);

        public IEnumerable<MatchedStatement> Matched => _matched;

        public EvaluationResult ToResult(Decision decision)
        {
            if (_missingKeys.Count > 0) _reasons.Add($"Context keys that conditions asked for and the request lacked: {string.Join(", ", _missingKeys)}.");
            return new EvaluationResult(decision, _matched.ToArray(), _missingKeys.ToArray(), AllowedByOrganizations, AllowedByResourceControlPolicies,
                AllowedByPermissionsBoundary, OrganizationLevelNotAllowing, _reasons.ToArray());
        }

        public void AddDenyReasons()
        {
            foreach (var match in _matched)
            {
                if (match.Effect == PolicyEffect.Deny) _reasons.Add($"Explicitly denied: {match}.");
            }
        }
    }
}
