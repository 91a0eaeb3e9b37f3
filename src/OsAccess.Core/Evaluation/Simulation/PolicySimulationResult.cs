using System.Collections.Generic;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>One action × resource of a simulation, with AWS.Tools' property names so scripts port between them.</summary>
    public sealed class PolicySimulationResult
    {
        internal PolicySimulationResult(string action, string resource, EvaluationResult result)
        {
            EvalActionName = action;
            EvalResourceName = resource;
            Decision = result.Decision;
            MatchedStatements = result.MatchedStatements;
            MissingContextValues = result.MissingContextKeys;
            OrganizationsDecisionDetail = new OrganizationsDecisionDetail(result.AllowedByOrganizations, result.OrganizationLevelNotAllowing);
            PermissionsBoundaryDecisionDetail = new PermissionsBoundaryDecisionDetail(result.AllowedByPermissionsBoundary);
            Explanation = result.Explanation;
        }

        public string EvalActionName { get; }

        public string EvalResourceName { get; }

        /// <summary><c>allowed</c>, <c>explicitDeny</c> or <c>implicitDeny</c>, as IAM's simulator writes them.</summary>
        public string EvalDecision => Decision switch
        {
            Decision.Allowed => "allowed",
            Decision.ExplicitDeny => "explicitDeny",
            _ => "implicitDeny",
        };

        public Decision Decision { get; }

        public IReadOnlyList<MatchedStatement> MatchedStatements { get; }

        public IReadOnlyList<string> MissingContextValues { get; }

        public OrganizationsDecisionDetail OrganizationsDecisionDetail { get; }

        public PermissionsBoundaryDecisionDetail PermissionsBoundaryDecisionDetail { get; }

        public string Explanation { get; }

        public override string ToString() => $"{EvalActionName} on {EvalResourceName}: {EvalDecision}";
    }

    public sealed class OrganizationsDecisionDetail
    {
        internal OrganizationsDecisionDetail(bool allowed, string? levelNotAllowing)
        {
            AllowedByOrganizations = allowed;
            LevelNotAllowing = levelNotAllowing;
        }

        public bool AllowedByOrganizations { get; }

        /// <summary>The first root, OU or account whose SCPs do not allow the request.</summary>
        public string? LevelNotAllowing { get; }

        public override string ToString() => AllowedByOrganizations ? "allowed" : $"not allowed{(LevelNotAllowing == null ? string.Empty : " at " + LevelNotAllowing)}";
    }

    public sealed class PermissionsBoundaryDecisionDetail
    {
        internal PermissionsBoundaryDecisionDetail(bool allowed) => AllowedByPermissionsBoundary = allowed;

        public bool AllowedByPermissionsBoundary { get; }

        public override string ToString() => AllowedByPermissionsBoundary ? "allowed" : "not allowed";
    }
}
