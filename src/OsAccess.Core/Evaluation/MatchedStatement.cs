using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>A statement that applied to a request: which policy, where, and with what effect.</summary>
    public sealed class MatchedStatement
    {
        internal MatchedStatement(PolicyKind kind, CompiledPolicy policy, string? organizationTarget, PolicyStatement statement, int statementNumber, PolicyEffect effect, PrincipalMatch principal)
        {
            Kind = kind;
            PolicyName = policy.Name;
            OrganizationTarget = organizationTarget;
            Sid = statement.Sid?.Value;
            StatementNumber = statementNumber;
            Effect = effect;
            Position = statement.Position;
            Principal = principal;
        }

        public PolicyKind Kind { get; }

        public string PolicyName { get; }

        /// <summary>For SCPs and RCPs, the root, OU or account the policy is attached to.</summary>
        public string? OrganizationTarget { get; }

        public string? Sid { get; }

        /// <summary>Which statement of its policy, counted from 1 as a person counts them.</summary>
        public int StatementNumber { get; }

        public PolicyEffect Effect { get; }

        /// <summary>Where the statement starts in the policy text.</summary>
        public SourcePosition Position { get; }

        /// <summary>For resource-based statements, how the Principal named the caller.</summary>
        public PrincipalMatch Principal { get; }

        public override string ToString()
        {
            var at = Position.IsKnown ? $" at {Position}" : string.Empty;
            return $"{Effect} by {Place(Kind, PolicyName, OrganizationTarget, StatementNumber, Sid)}{at}";
        }

        /// <summary>"SCP ServiceControlPolicy level 2 policy 1 on ou-ab12-workloads, statement 1 \"Sid\"": which statement, in words.</summary>
        internal static string Place(PolicyKind kind, string policyName, string? organizationTarget, int statementNumber, string? sid)
        {
            var on = organizationTarget == null ? string.Empty : $" on {organizationTarget}";
            var quotedSid = sid == null ? string.Empty : $" \"{sid}\"";
            return $"{KindName(kind)} {policyName}{on}, statement {statementNumber}{quotedSid}";
        }

        internal static string KindName(PolicyKind kind) => kind switch
        {
            PolicyKind.Identity => "identity policy",
            PolicyKind.PermissionsBoundary => "permissions boundary",
            PolicyKind.Session => "session policy",
            PolicyKind.Resource => "resource policy",
            PolicyKind.ServiceControl => "SCP",
            _ => "RCP",
        };
    }
}
