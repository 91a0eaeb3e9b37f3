using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Roles;

namespace OsAccess.Workflows.Report
{
    /// <summary>One account of the organization in the report: where it sits, its guardrail result and its role result.</summary>
    public sealed class ReportAccount
    {
        public ReportAccount(string accountId, string accountName, string path)
        {
            AccountId = accountId;
            AccountName = accountName;
            Path = path;
        }

        public string AccountId { get; }

        public string AccountName { get; }

        /// <summary>The root and OUs above the account, by name (<c>Root/Workloads/Prod</c>); empty when not known.</summary>
        public string Path { get; }

        /// <summary>Test-OSAccessScp's result for the account; null when it was not checked.</summary>
        public OSAccessScpResult? Guardrail { get; init; }

        /// <summary>Test-OSAccessRole's result for the account; null when it was not checked.</summary>
        public OSAccessRoleTestResult? Role { get; init; }

        /// <summary>Why the role could not be checked, when it could not; the account then fails.</summary>
        public string? RoleProblem { get; init; }

        /// <summary>Why the role is not checked in this account when that is by design (the management account).</summary>
        public string? RoleNotApplicable { get; init; }

        /// <summary>True when a check that ran found the account not compliant, or could not run.</summary>
        public bool Failing => Guardrail?.Compliant == false || Role?.Compliant == false || RoleProblem != null;

        /// <summary>
        /// The accounts of both kinds of result, one entry per account: in the order of the guardrail results (organization
        /// order), then the accounts only the role results name, by id.
        /// </summary>
        public static IReadOnlyList<ReportAccount> Merge(IEnumerable<OSAccessScpResult> guardrail, IEnumerable<OSAccessRoleTestResult> roles,
            IReadOnlyDictionary<string, string>? roleProblems = null, IReadOnlyDictionary<string, string>? roleNotApplicable = null)
        {
            var roleByAccount = new Dictionary<string, OSAccessRoleTestResult>();
            foreach (var role in roles) roleByAccount[role.AccountId] = role;
            var problems = roleProblems ?? new Dictionary<string, string>();
            var notApplicable = roleNotApplicable ?? new Dictionary<string, string>();
            var accounts = new List<ReportAccount>();
            var seen = new HashSet<string>();
            foreach (var result in guardrail)
            {
                if (!seen.Add(result.AccountId)) continue;
                accounts.Add(new ReportAccount(result.AccountId, result.AccountName, result.Path)
                {
                    Guardrail = result,
                    Role = roleByAccount.TryGetValue(result.AccountId, out var role) ? role : null,
                    RoleProblem = problems.TryGetValue(result.AccountId, out var problem) ? problem : null,
                    RoleNotApplicable = notApplicable.TryGetValue(result.AccountId, out var why) ? why : null,
                });
            }
            foreach (var accountId in roleByAccount.Keys.Concat(problems.Keys).Where(seen.Add).OrderBy(a => a, StringComparer.Ordinal))
            {
                accounts.Add(new ReportAccount(accountId, string.Empty, string.Empty)
                {
                    Role = roleByAccount.TryGetValue(accountId, out var role) ? role : null,
                    RoleProblem = problems.TryGetValue(accountId, out var problem) ? problem : null,
                });
            }
            return accounts;
        }
    }
}
