using System.Collections.Generic;

namespace OsAccess.Core.Evaluation
{
    /// <summary>The decision on one request and why it was reached.</summary>
    public sealed class EvaluationResult
    {
        internal EvaluationResult(Decision decision, IReadOnlyList<MatchedStatement> matchedStatements, IReadOnlyList<string> missingContextKeys,
            bool allowedByOrganizations, bool allowedByResourceControlPolicies, bool allowedByPermissionsBoundary, string? organizationLevelNotAllowing,
            IReadOnlyList<string> reasons)
        {
            Decision = decision;
            MatchedStatements = matchedStatements;
            MissingContextKeys = missingContextKeys;
            AllowedByOrganizations = allowedByOrganizations;
            AllowedByResourceControlPolicies = allowedByResourceControlPolicies;
            AllowedByPermissionsBoundary = allowedByPermissionsBoundary;
            OrganizationLevelNotAllowing = organizationLevelNotAllowing;
            Reasons = reasons;
        }

        public Decision Decision { get; }

        public bool IsAllowed => Decision == Decision.Allowed;

        /// <summary>Every statement that applied (allow and deny), in evaluation order.</summary>
        public IReadOnlyList<MatchedStatement> MatchedStatements { get; }

        /// <summary>Context keys that conditions of applicable statements asked for and the request did not carry.</summary>
        public IReadOnlyList<string> MissingContextKeys { get; }

        /// <summary>False when some SCP denies, or some level of the path has no SCP allowing; true when SCPs do not apply.</summary>
        public bool AllowedByOrganizations { get; }

        /// <summary>As <see cref="AllowedByOrganizations"/>, for resource control policies.</summary>
        public bool AllowedByResourceControlPolicies { get; }

        /// <summary>False when a permissions boundary exists and does not allow the request; true otherwise.</summary>
        public bool AllowedByPermissionsBoundary { get; }

        /// <summary>The first root, OU or account whose SCPs do not allow the request; null when all do.</summary>
        public string? OrganizationLevelNotAllowing { get; }

        /// <summary>The steps of the decision, one sentence each.</summary>
        public IReadOnlyList<string> Reasons { get; }

        /// <summary>The decision and its reasons as readable text.</summary>
        public string Explanation => string.Join(" ", Reasons);

        public override string ToString() => $"{Decision}: {Explanation}";
    }
}
