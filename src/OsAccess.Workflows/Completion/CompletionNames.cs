using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Organizations;
using OsAccess.Workflows.Sessions;

namespace OsAccess.Workflows.Completion
{
    /// <summary>What Tab offers for -AccountId, -TargetId and -UserName, read from the organization and the hub.</summary>
    public static class CompletionNames
    {
        /// <summary>The organization's active accounts (Organizations ListAccounts), by id, with their names.</summary>
        public static async Task<IReadOnlyList<CompletionName>> AccountsAsync(IOrganizationsClient organizations, CancellationToken cancellationToken)
        {
            var accounts = await AccountList.ActiveAccountsAsync(organizations, cancellationToken).ConfigureAwait(false);
            return accounts.OrderBy(a => a.Id).Select(a => new CompletionName(a.Id, a.Name)).ToList();
        }

        /// <summary>Every root, every OU under it (ListOrganizationalUnitsForParent, level by level) and the active accounts.</summary>
        public static async Task<IReadOnlyList<CompletionName>> TargetsAsync(IOrganizationsClient organizations, CancellationToken cancellationToken)
        {
            var names = new List<CompletionName>();
            var parents = new Queue<string>();
            foreach (var root in await Pagination.AllAsync(organizations.ListRootsAsync, cancellationToken).ConfigureAwait(false))
            {
                names.Add(new CompletionName(root.Id, root.Name));
                parents.Enqueue(root.Id);
            }

            while (parents.Count > 0)
            {
                string parent = parents.Dequeue();
                var units = await Pagination.AllAsync((token, ct) => organizations.ListOrganizationalUnitsForParentAsync(parent, token, ct), cancellationToken)
                    .ConfigureAwait(false);
                foreach (var unit in units)
                {
                    names.Add(new CompletionName(unit.Id, unit.Name));
                    parents.Enqueue(unit.Id);
                }
            }

            names.AddRange(await AccountsAsync(organizations, cancellationToken).ConfigureAwait(false));
            return names;
        }

        /// <summary>The IAM users of the account the credentials are in (IAM ListUsers): the hub's people.</summary>
        public static async Task<IReadOnlyList<CompletionName>> UserNamesAsync(IIamClient iam, CancellationToken cancellationToken)
        {
            var users = await Pagination.AllAsync((marker, ct) => iam.ListUsersAsync(null, marker, ct), cancellationToken).ConfigureAwait(false);
            return users.OrderBy(u => u.UserName, System.StringComparer.OrdinalIgnoreCase).Select(u => new CompletionName(u.UserName, u.Arn)).ToList();
        }
    }
}
