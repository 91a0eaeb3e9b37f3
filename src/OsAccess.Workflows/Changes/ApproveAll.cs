using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.Changes;

namespace OsAccess.Workflows.Changes
{
    /// <summary>Approves every change: for callers below PowerShell that have already decided.</summary>
    public sealed class ApproveAll : IChangeApproval
    {
        public static readonly ApproveAll Instance = new ApproveAll();

        public Task<IReadOnlyList<bool>> ApproveAsync(IReadOnlyList<PlannedChange> changes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<bool>>(changes.Select(_ => true).ToList());
    }
}
