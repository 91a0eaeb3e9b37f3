using System.Collections.Generic;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>An account and the SCPs on its path, root first and the account last, as AWS applies them.</summary>
    public sealed class AccountScpPath
    {
        public AccountScpPath(string accountId, string accountName, IReadOnlyList<ScpLevel> levels)
        {
            AccountId = accountId;
            AccountName = accountName;
            Levels = levels;
        }

        public string AccountId { get; }

        public string AccountName { get; }

        /// <summary>The organization's management account, which SCPs never cover.</summary>
        public bool IsManagementAccount { get; init; }

        /// <summary>The SCP policy type is not enabled on the root, so no SCP on the path applies.</summary>
        public bool ScpDisabled { get; init; }

        /// <summary>Root, OUs…, the account.</summary>
        public IReadOnlyList<ScpLevel> Levels { get; }

        /// <summary>The names of the root and the OUs above the account, joined by '/': <c>Root/Workloads/Prod</c>.</summary>
        public string PathText
        {
            get
            {
                var names = new List<string>();
                for (var i = 0; i < Levels.Count - 1; i++) names.Add(Levels[i].Name);
                return string.Join("/", names);
            }
        }
    }
}
