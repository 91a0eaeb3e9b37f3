namespace OsAccess.Core.Policy.Validation
{
    public enum PolicyFindingSeverity
    {
        /// <summary>AWS refuses the policy, or it cannot do what it is meant to.</summary>
        Error,

        /// <summary>AWS accepts the policy, but it probably does not do what its author meant.</summary>
        Warning,

        /// <summary>The policy works; it could be clearer or safer.</summary>
        Suggestion,
    }

    /// <summary>
    /// One problem found in a policy: a stable <see cref="Id"/> (see <see cref="PolicyFindingRules"/>), how bad it is, what is
    /// wrong and how to fix it, and where: the place in the text and, for a statement's problem, the statement.
    /// </summary>
    public sealed class PolicyFinding
    {
        public PolicyFinding(string id, PolicyFindingSeverity severity, string message, SourcePosition position, int? statementNumber = null, string? sid = null)
        {
            Id = id;
            Severity = severity;
            Message = message;
            Position = position;
            StatementNumber = statementNumber;
            Sid = sid;
        }

        public string Id { get; }

        public PolicyFindingSeverity Severity { get; }

        public string Message { get; }

        /// <summary>Where the problem stands; <see cref="SourcePosition.None"/> for documents built in code.</summary>
        public SourcePosition Position { get; }

        /// <summary>Which statement, counted from 1 as a person counts them; null for a problem of the whole policy.</summary>
        public int? StatementNumber { get; }

        /// <summary>The statement's Sid, when it has one.</summary>
        public string? Sid { get; }

        public override string ToString()
        {
            var where = Position.IsKnown ? $" ({Position})" : string.Empty;
            var statement = StatementNumber == null ? string.Empty : $" [statement {StatementNumber}{(Sid == null ? string.Empty : " " + Sid)}]";
            return $"{Severity} {Id}{where}{statement}: {Message}";
        }
    }
}
