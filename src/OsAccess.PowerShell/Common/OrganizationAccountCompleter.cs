using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Sessions;
using OsAccess.Workflows.Completion;

namespace OsAccess.PowerShell.Common
{
    /// <summary>Tab completion for -AccountId and -HubAccountId: the organization's active accounts, by id or by name.</summary>
    public sealed class OrganizationAccountCompleter : AwsNameCompleter
    {
        protected override string Kind => "accounts";

        protected override async Task<IReadOnlyList<CompletionName>> ReadAsync(AwsSession session, CancellationToken cancellationToken)
        {
            using var organizations = session.Organizations();
            return await CompletionNames.AccountsAsync(organizations, cancellationToken).ConfigureAwait(false);
        }
    }
}
