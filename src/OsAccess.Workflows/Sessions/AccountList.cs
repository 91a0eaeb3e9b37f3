using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;

namespace OsAccess.Workflows.Sessions
{
    /// <summary>Every active account of the organization, as the management account lists them (-All).</summary>
    public static class AccountList
    {
        public static async Task<IReadOnlyList<string>> ActiveAsync(IOrganizationsClient organizations, CancellationToken cancellationToken) =>
            (await ActiveAccountsAsync(organizations, cancellationToken).ConfigureAwait(false)).Select(a => a.Id).ToList();

        /// <summary>The active accounts themselves, names and all.</summary>
        public static async Task<IReadOnlyList<OrgAccount>> ActiveAccountsAsync(IOrganizationsClient organizations, CancellationToken cancellationToken)
        {
            var accounts = await Pagination.AllAsync(organizations.ListAccountsAsync, cancellationToken).ConfigureAwait(false);
            return accounts.Where(a => a.Status == "ACTIVE").ToList();
        }
    }
}
