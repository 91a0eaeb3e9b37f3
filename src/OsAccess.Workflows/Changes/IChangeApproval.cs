using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.Changes;

namespace OsAccess.Workflows.Changes
{
    /// <summary>
    /// Decides which of an account's planned writes are made: a cmdlet asks ShouldProcess for each (so -WhatIf shows them
    /// and writes nothing, -Confirm asks); a benchmark or test approves them all.
    /// </summary>
    public interface IChangeApproval
    {
        /// <summary>One answer per change, in the same order.</summary>
        Task<IReadOnlyList<bool>> ApproveAsync(IReadOnlyList<PlannedChange> changes, CancellationToken cancellationToken);
    }
}
