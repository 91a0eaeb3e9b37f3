using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>A statement that applied to a request: which policy, where, and with what effect.</summary>
    public sealed class MatchedStatement
    {
        internal MatchedStatement(PolicyKind kind, CompiledPolicy policy, string? organizationTarget, PolicyStatement statement, int index, PolicyEffect effect, PrincipalMatch principal)
        {
            Kind = kind;
            PolicyName = policy.Name;
            OrganizationTarget = organizationTarget;
            Sid = statement.Sid?.Value;
            Index = index;
            Effect = effect;
            Position = statement.Position;
            Principal = principal;
        }

        public PolicyKind Kind { get; }

        public string PolicyName { get; }

        /// <summary>For SCPs and RCPs, the root, OU or account the policy is attached to.</summary>
        public string? OrganizationTarget { get; }

        public string? Sid { get; }

        /// <summary>0-based position of the statement in its policy.</summary>
        public int Index { get; }

        public PolicyEffect Effect { get; }

        /// <summary>Where the statement starts in the policy text.</summary>
        public SourcePosition Position { get; }

        /// <summary>For resource-based statements, how the Principal named the caller.</summary>
        public PrincipalMatch Principal { get; }

        public override string ToString()
        {
            var where = OrganizationTarget == null ? PolicyName : $"{OrganizationTarget}/{PolicyName}";
            var sid = Sid == null ? string.Empty : $" \"{Sid}\"";
            var at = Position.IsKnown ? $" at {Position}" : string.Empty;
            return $"{Effect} by {KindName(Kind)} {where}, statement {Index + 1}{sid}{at}";
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
