using System.Collections.Generic;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>
    /// One reason an account's guardrail does not hold (or something worth knowing): a stable <see cref="Id"/>
    /// (<see cref="ScpFindingRules"/>), what is wrong and what to do, the actions concerned, and the SCP and statement that
    /// decided it when one did.
    /// </summary>
    public sealed class OSAccessScpFinding
    {
        internal OSAccessScpFinding(ScpFindingRule rule, string message, string remedy, IReadOnlyList<string> actions, string? principalArn,
            ScpDecidingStatement? decidedBy)
        {
            Id = rule.Id;
            Severity = rule.Severity;
            Message = message;
            Remedy = remedy;
            Actions = actions;
            PrincipalArn = principalArn;
            DecidedBy = decidedBy;
        }

        public string Id { get; }

        public ScpFindingSeverity Severity { get; }

        public string Message { get; }

        public string Remedy { get; }

        /// <summary>The actions the finding is about, e.g. the channels an exempt role is denied.</summary>
        public IReadOnlyList<string> Actions { get; }

        /// <summary>The principal the engine was asked about; null for findings about the account itself.</summary>
        public string? PrincipalArn { get; }

        /// <summary>The SCP statement that denied, or the level where no SCP allowed; null when nothing denied.</summary>
        public ScpDecidingStatement? DecidedBy { get; }

        public string? PolicyName => DecidedBy?.PolicyName;

        public string? PolicyId => DecidedBy?.PolicyId;

        public string? Statement => DecidedBy?.StatementText;

        public override string ToString() => $"{Severity} {Id}: {Message}";
    }
}
