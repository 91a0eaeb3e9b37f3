using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Sessions;
using OsAccess.Workflows.Completion;

namespace OsAccess.PowerShell.Common
{
    /// <summary>Tab completion for -TargetId: the organization's roots, OUs and active accounts, by id or by name.</summary>
    public sealed class OrganizationTargetCompleter : AwsNameCompleter
    {
        protected override string Kind => "targets";

        protected override async Task<IReadOnlyList<CompletionName>> ReadAsync(AwsSession session, CancellationToken cancellationToken)
        {
            using var organizations = session.Organizations();
            return await CompletionNames.TargetsAsync(organizations, cancellationToken).ConfigureAwait(false);
        }
    }
}
