using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Sessions;
using OsAccess.Workflows.Completion;

namespace OsAccess.PowerShell.Common
{
    /// <summary>Tab completion for -UserName: the IAM users of the account the credentials are in, the hub.</summary>
    public sealed class HubUserNameCompleter : AwsNameCompleter
    {
        protected override string Kind => "users";

        protected override async Task<IReadOnlyList<CompletionName>> ReadAsync(AwsSession session, CancellationToken cancellationToken)
        {
            using var iam = session.Iam();
            return await CompletionNames.UserNamesAsync(iam, cancellationToken).ConfigureAwait(false);
        }
    }
}
