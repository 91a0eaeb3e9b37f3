using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.Changes;
using OsAccess.Workflows.Changes;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// The base of every cmdlet that changes AWS. The derived cmdlet declares
    /// <c>[Cmdlet(..., SupportsShouldProcess = true, ConfirmImpact = ...)]</c> (docs/writing.md lists each one's impact),
    /// plans each write as a <see cref="PlannedChange"/> and makes it only when <see cref="ShouldWrite(PlannedChange)"/>
    /// says so: -WhatIf then shows the target, the document and its diff against what AWS holds today and writes nothing;
    /// -Confirm asks with the same text; -Force skips the extra question of <see cref="ShouldWrite(PlannedChange, string)"/>.
    /// </summary>
    public abstract class OsAccessWriteCmdlet : OsAccessAwsCmdlet
    {
        private bool yesToAll;
        private bool noToAll;

        /// <summary>Makes writes that would otherwise ask an extra question (ShouldContinue) without asking it.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>
        /// True when the change is to be made: it changes something, and ShouldProcess (-WhatIf, -Confirm, ConfirmImpact
        /// against $ConfirmPreference) allows it. A change that changes nothing is only written to the verbose stream.
        /// </summary>
        protected bool ShouldWrite(PlannedChange change)
        {
            if (!change.ChangesAnything)
            {
                WriteVerbose($"{change.Target}: AWS already holds what OsAccess would write; nothing to change.");
                return false;
            }

            string description = change.Describe();
            return ShouldProcess(description, "Are you sure you want to perform this action?\n" + description, "Confirm");
        }

        /// <summary>
        /// Asks <see cref="ShouldWrite(PlannedChange)"/> for each change on the pipeline thread, for a workflow running off it:
        /// so -WhatIf shows each account's changes as that account is planned, and -Confirm asks for each.
        /// </summary>
        protected IChangeApproval ShouldWriteApproval => new ShouldWriteOnPipelineThread(this);

        /// <summary>
        /// As <see cref="ShouldWrite(PlannedChange)"/>, then, unless -Force, asks <paramref name="question"/> (a change
        /// that goes beyond the usual, such as removing what OsAccess did not create). -WhatIf never asks it; "Yes to All"
        /// and "No to All" answer it for the rest of the invocation, over every account.
        /// </summary>
        protected bool ShouldWrite(PlannedChange change, string question) =>
            ShouldWrite(change) && (Force.IsPresent || ShouldContinue(question, $"{change.Operation} on {change.Target}", ref yesToAll, ref noToAll));
    

        private sealed class ShouldWriteOnPipelineThread : IChangeApproval
        {
            private readonly OsAccessWriteCmdlet cmdlet;

            public ShouldWriteOnPipelineThread(OsAccessWriteCmdlet cmdlet) => this.cmdlet = cmdlet;

            public Task<IReadOnlyList<bool>> ApproveAsync(IReadOnlyList<PlannedChange> changes, CancellationToken cancellationToken) =>
                cmdlet.OnPipelineThread<IReadOnlyList<bool>>(() => changes.Select(cmdlet.ShouldWrite).ToList());
        }
    }
}
