using System.Collections.Generic;
using OsAccess.Core.Guardrail.Compliance;

namespace OsAccess.Workflows.Organization
{
    /// <summary>What <see cref="OrganizationScpReader"/> read: every account walked, each with its SCP path.</summary>
    public sealed class OrganizationScpView
    {
        public OrganizationScpView(string managementAccountId, string rootId, bool scpEnabled, IReadOnlyList<AccountScpPath> accounts)
        {
            ManagementAccountId = managementAccountId;
            RootId = rootId;
            ScpEnabled = scpEnabled;
            Accounts = accounts;
        }

        public string ManagementAccountId { get; }

        public string RootId { get; }

        /// <summary>Whether the SCP policy type is enabled on the root; when it is not, no SCP applies anywhere.</summary>
        public bool ScpEnabled { get; }

        /// <summary>The accounts, ordered by path and then name.</summary>
        public IReadOnlyList<AccountScpPath> Accounts { get; }
    }
}
