using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Aws.Sessions;

namespace OsAccess.Workflows.Accounts
{
    /// <summary>
    /// The organization's accounts as its management account sees them (DescribeOrganization and ListAccounts, read once
    /// per cmdlet invocation), and the choice of member accounts to act in: every ACTIVE member account, or the ones
    /// named, refusing ids that are not in the organization and the management account itself.
    /// </summary>
    public sealed class OrganizationAccounts
    {
        private readonly Dictionary<string, OrgAccount> accounts;

        private OrganizationAccounts(OrgOrganization organization, IEnumerable<OrgAccount> accounts)
        {
            Organization = organization;
            this.accounts = accounts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        }

        public OrgOrganization Organization { get; }

        public string ManagementAccountId => Organization.ManagementAccountId;

        public static async Task<OrganizationAccounts> ReadAsync(AwsSession management, CancellationToken cancellationToken)
        {
            using var organizations = management.Organizations();
            var organization = await organizations.DescribeOrganizationAsync(cancellationToken).ConfigureAwait(false);
            var accounts = await Pagination.AllAsync(organizations.ListAccountsAsync, cancellationToken).ConfigureAwait(false);
            return new OrganizationAccounts(organization, accounts);
        }

        /// <summary>Every ACTIVE member account; the management account and accounts in any other state are skipped, each with its reason.</summary>
        public TargetAccounts All()
        {
            var chosen = new List<string>();
            var skipped = new List<string>();
            foreach (var account in accounts.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                if (account.Id == ManagementAccountId)
                {
                    skipped.Add(ManagementSkipped());
                }
                else if (account.Status != "ACTIVE")
                {
                    skipped.Add(NotActive(account));
                }
                else
                {
                    chosen.Add(account.Id);
                }
            }

            return new TargetAccounts(chosen, skipped);
        }

        /// <summary>
        /// The accounts named, in order, without repeats; accounts that are not ACTIVE are skipped with their reason. An id
        /// outside the organization, or the management account, is an ArgumentException naming <paramref name="parameterName"/>.
        /// </summary>
        public TargetAccounts Named(IEnumerable<string> accountIds, string parameterName)
        {
            var chosen = new List<string>();
            var skipped = new List<string>();
            foreach (var id in accountIds.Distinct(StringComparer.Ordinal))
            {
                if (id == ManagementAccountId)
                {
                    throw new ArgumentException(
                        $"{id} is the organization's management account. SCPs never apply to it, so the guardrail cannot protect an OSAccess role there: name member accounts only.",
                        parameterName);
                }

                if (!accounts.TryGetValue(id, out var account))
                {
                    throw new ArgumentException($"{id} is not an account of organization {Organization.Id}: check the id (Get-ORGAccount lists them).", parameterName);
                }

                if (account.Status != "ACTIVE")
                {
                    skipped.Add(NotActive(account));
                    continue;
                }

                chosen.Add(id);
            }

            return new TargetAccounts(chosen, skipped);
        }

        private string ManagementSkipped() =>
            $"Skipped the management account {ManagementAccountId}: SCPs never apply to it, so the guardrail cannot protect an OSAccess role there.";

        private static string NotActive(OrgAccount account) =>
            $"Skipped account {account.Id} ({account.Name}): it is {account.Status}, not ACTIVE, so nothing can be written there.";
    }
}
