namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>
    /// What decided a denial on an account's path: an SCP's Deny statement where it is attached, or, for an implicit denial, the
    /// level where no SCP allowed (no policy, no statement).
    /// </summary>
    public sealed class ScpDecidingStatement
    {
        internal ScpDecidingStatement(ScpLevel level, ServiceControlPolicy? policy, int? statementNumber, string? sid)
        {
            TargetId = level.TargetId;
            TargetName = level.Name;
            PolicyId = policy?.Id;
            PolicyName = policy?.Name;
            StatementNumber = statementNumber;
            Sid = sid;
        }

        /// <summary>The root, OU or account the policy is attached to (or where nothing allowed).</summary>
        public string TargetId { get; }

        public string TargetName { get; }

        public string? PolicyId { get; }

        public string? PolicyName { get; }

        /// <summary>Which statement of the policy, counted from 1.</summary>
        public int? StatementNumber { get; }

        public string? Sid { get; }

        /// <summary>The policy as people name it: its name, and its id when that differs.</summary>
        public string? PolicyText => PolicyName == null ? null : PolicyName == PolicyId ? PolicyName : $"{PolicyName} ({PolicyId})";

        /// <summary>The statement as people name it: its Sid, or "statement N".</summary>
        public string? StatementText => StatementNumber == null ? null : Sid ?? $"statement {StatementNumber}";

        public override string ToString() => PolicyName == null
            ? $"no SCP allows at {TargetName}"
            : $"{PolicyText} at {TargetName}, {StatementText}";
    }
}
