using System.Collections.Generic;

namespace OsAccess.Workflows.Accounts
{
    /// <summary>The member accounts a cmdlet acts in, and why others it was given or found were skipped.</summary>
    public sealed class TargetAccounts
    {
        public TargetAccounts(IReadOnlyList<string> accountIds, IReadOnlyList<string> skipped)
        {
            AccountIds = accountIds;
            Skipped = skipped;
        }

        public IReadOnlyList<string> AccountIds { get; }

        /// <summary>One sentence per account skipped (the management account, suspended accounts), for a warning.</summary>
        public IReadOnlyList<string> Skipped { get; }
    }
}
