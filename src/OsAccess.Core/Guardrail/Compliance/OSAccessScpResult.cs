using System.Collections.Generic;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>Whether the guardrail holds in one account, and why not.</summary>
    public sealed class OSAccessScpResult
    {
        internal OSAccessScpResult(AccountScpPath account, IReadOnlyList<OSAccessScpFinding> findings, bool strict)
        {
            AccountId = account.AccountId;
            AccountName = account.AccountName;
            Path = account.PathText;
            Findings = findings;
            var compliant = true;
            foreach (var finding in findings)
            {
                if (strict || finding.Severity != ScpFindingSeverity.Information) compliant = false;
            }
            Compliant = compliant;
        }

        public string AccountId { get; }

        public string AccountName { get; }

        /// <summary>The root and OUs above the account, by name: <c>Root/Workloads/Prod</c>.</summary>
        public string Path { get; }

        /// <summary>True when no finding counts against the account: informational findings do not, unless the check was strict.</summary>
        public bool Compliant { get; }

        public IReadOnlyList<OSAccessScpFinding> Findings { get; }

        public override string ToString() => $"{AccountId} {AccountName}: {(Compliant ? "compliant" : "not compliant")} ({Findings.Count} findings)";
    }
}
