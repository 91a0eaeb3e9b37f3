namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>
    /// What decided a denial on an account's path: an SCP's Deny statement where it is attached, or, for an implicit denial, the
    /// level where no SCP allowed (no policy, no statement).
    /// </summary>
    public sealed class ScpDecidingStatement
    {
        internal ScpDecidingStatement(ScpLevel level, ServiceControlPolicy? policy, int? statementIndex, string? sid)
        {
            TargetId = level.TargetId;
            TargetName = level.Name;
            PolicyId = policy?.Id;
            PolicyName = policy?.Name;
            StatementIndex = statementIndex;
            Sid = sid;
        }

        /// <summary>The root, OU or account the policy is attached to (or where nothing allowed).</summary>
        public string TargetId { get; }

        public string TargetName { get; }

        public string? PolicyId { get; }

        public string? PolicyName { get; }

        /// <summary>0-based index of the statement in the policy.</summary>
        public int? StatementIndex { get; }

        public string? Sid { get; }

        /// <summary>The policy as people name it: its name, and its id when that differs.</summary>
        public string? PolicyText => PolicyName == null ? null : PolicyName == PolicyId ? PolicyName : $"{PolicyName} ({PolicyId})";

        /// <summary>The statement as people name it: its Sid, or "statement N" (1-based).</summary>
        public string? StatementText => StatementIndex == null ? null : Sid ?? $"statement {StatementIndex + 1}";

        public override string ToString() => PolicyName == null
            ? $"no SCP allows at {TargetName}"
            : $"{PolicyText} at {TargetName}, {StatementText}";
    }
}
