using System;
using System.Collections.Generic;
using System.Management.Automation;
using OsAccess.PowerShell.Common;
using OsAccess.Workflows.Scp;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>
    /// Detaches the guardrail SCP from -TargetId, or with -All from everywhere and deletes it; the planning and the writes are
    /// <see cref="ScpUnpublisher"/>'s. A policy of that name that OsAccess did not create (no <see cref="OsAccessManagedTag"/>)
    /// is left alone unless -Force.
    /// </summary>
    [Cmdlet(VerbsData.Unpublish, "OSAccessScp", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = TargetSet)]
    [OutputType(typeof(void))]
    public sealed class UnpublishOSAccessScpCommand : OsAccessWriteCmdlet
    {
        private const string TargetSet = "Target";
        private const string AllSet = "All";
        private readonly List<string> targetIds = new List<string>();

        /// <summary>The policy's name in AWS Organizations.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 128)]
        public string Name { get; set; } = PublishOSAccessScpCommand.DefaultName;

        /// <summary>Roots, OUs and accounts to detach the guardrail from; AWS.Tools' root, OU and account objects bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TargetSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateOrgTargetId]
        [ArgumentCompleter(typeof(OrganizationTargetCompleter))]
        public string[] TargetId { get; set; } = Array.Empty<string>();

        /// <summary>Detach the guardrail from every target, then delete it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        protected override void ProcessAwsRecord() => targetIds.AddRange(TargetId);

        protected override void EndAwsProcessing()
        {
            using var org = Session.Organizations();
            var unpublisher = new ScpUnpublisher(org);
            var plan = Run(ct => unpublisher.PlanAsync(Name, All.IsPresent ? null : targetIds, ct));
            if (plan == null)
            {
                WriteError(new ErrorRecord(new ItemNotFoundException($"Name: the organization has no SCP named '{Name}': nothing to unpublish."),
                    ErrorIds.ScpNotFound, ErrorCategory.ObjectNotFound, Name));
                return;
            }

            var policy = plan.Policy.Summary;
            if (!plan.Policy.ManagedByOsAccess && !Force.IsPresent)
            {
                WriteError(new ErrorRecord(new InvalidOperationException(OsAccessManagedTag.Refusal(policy)),
                    ErrorIds.NotManaged, ErrorCategory.PermissionDenied, policy.Id));
                return;
            }

            foreach (string target in plan.NotAttachedTargetIds)
            {
                WriteWarning($"SCP {policy.Name} is not attached to {target}: nothing to detach there.");
            }

            // Both are asked before either is made, so that -WhatIf shows the deletion too.
            bool detach = plan.Detach != null && ShouldWrite(plan.Detach);
            bool delete = plan.Deletion != null && ShouldWrite(plan.Deletion);
            if (detach)
            {
                foreach (string target in plan.DetachTargetIds)
                {
                    WriteVerbose(Run(ct => unpublisher.DetachAsync(plan, target, ct)));
                }
            }

            if (delete && (detach || plan.Detach == null))
            {
                WriteVerbose(Run(ct => unpublisher.DeleteAsync(plan, ct)));
            }
            else if (delete)
            {
                WriteWarning($"SCP {policy.Name} was not deleted: it is still attached to {string.Join(", ", plan.DetachTargetIds)}.");
            }
        }
    }
}
