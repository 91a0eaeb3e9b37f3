using System.Collections.Generic;
using OsAccess.Core.Aws;
using OsAccess.Core.Evaluation.Simulation;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>
    /// An account's SCP path from documents given offline, in the shape Test-OSAccessPolicy takes (levels root first, each
    /// a target and its policies' JSON): each policy is named after its place, <c>ServiceControlPolicy level 2 policy 1</c>.
    /// </summary>
    public static class OfflineScpPath
    {
        /// <summary>
        /// The account is <paramref name="accountId"/> or, when null, the last level's target (which must then be an account
        /// id). Throws <see cref="PolicyInputException"/> when neither names an account.
        /// </summary>
        public static AccountScpPath From(IReadOnlyList<ScpLevelInput> levels, string? accountId, bool managementAccount = false)
        {
            if (levels.Count == 0) throw new PolicyInputException("ServiceControlPolicy", "give at least one level, root first: @{ Target = 'r-ab12'; Policy = @($json) }.");
            var account = accountId ?? levels[levels.Count - 1].Target;
            if (!AccountId.IsValid(account))
            {
                throw new PolicyInputException("AccountId", $"name the account the path leads to: give the last level's Target as its 12-digit id (it is '{levels[levels.Count - 1].Target}'), or -AccountId.");
            }
            var path = new List<ScpLevel>();
            for (var l = 0; l < levels.Count; l++)
            {
                var policies = new List<ServiceControlPolicy>();
                for (var p = 0; p < levels[l].Policies.Count; p++)
                {
                    var name = $"ServiceControlPolicy level {l + 1} policy {p + 1}";
                    var content = levels[l].Policies[p];
                    if (string.IsNullOrWhiteSpace(content)) throw new PolicyInputException(name, "is empty: give the SCP's JSON text.");
                    policies.Add(new ServiceControlPolicy(name, name, content));
                }
                path.Add(new ScpLevel(levels[l].Target, levels[l].Target, policies));
            }
            return new AccountScpPath(account, account, path) { IsManagementAccount = managementAccount };
        }
    }
}
