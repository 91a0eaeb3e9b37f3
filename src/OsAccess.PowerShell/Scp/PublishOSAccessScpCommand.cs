using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Changes;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Documents;
using OsAccess.Workflows.Scp;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>
    /// Publishes the guardrail SCP built from <see cref="GuardrailScpParameters"/> (New-OSAccessScpDocument's parameters) to
    /// the organization and attaches it to -TargetId; the planning and the writes are <see cref="ScpPublisher"/>'s. Targets
    /// come from every record of input and are published to at the end, in one plan.
    /// </summary>
    [Cmdlet(VerbsData.Publish, "OSAccessScp", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OSAccessScp))]
    public sealed class PublishOSAccessScpCommand : OsAccessWriteCmdlet, IDynamicParameters
    {
        public const string DefaultName = "OSAccessGuardrail";

        private readonly GuardrailScpParameters document = new GuardrailScpParameters();
        private readonly List<string> targetIds = new List<string>();

        /// <summary>The policy's name in AWS Organizations: it is found, and updated, by this name.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 128)]
        public string Name { get; set; } = DefaultName;

        /// <summary>Roots (r-…), OUs (ou-…) and accounts (12 digits) to attach the guardrail to; AWS.Tools' root, OU and account objects bind by their Id.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateOrgTargetId]
        [ArgumentCompleter(typeof(OrganizationTargetCompleter))]
        public string[] TargetId { get; set; } = Array.Empty<string>();

        public object GetDynamicParameters() => document;

        protected override void ProcessAwsRecord() => targetIds.AddRange(TargetId);

        protected override void EndAwsProcessing()
        {
            var options = document.ToOptions();
            var built = DocumentOutput.Build(this, Name, PolicyType.ServiceControl, () => GuardrailScpBuilder.Build(options), GuardrailScpBuilder.QuotaAdvice(options),
                accountId: null, GuardrailScpParameters.Names);
            if (built == null) return;

            using var org = Session.Organizations();
            var publisher = new ScpPublisher(org);
            var plan = Run(ct => publisher.PlanAsync(Name, built, targetIds, ct));
            if (plan.Problems.Count > 0)
            {
                foreach (var problem in plan.Problems)
                {
                    WriteError(new ErrorRecord(new ArgumentException(problem.Message, nameof(TargetId)), problem.Full ? ErrorIds.ScpTargetFull : ErrorIds.TargetNotFound,
                        problem.Full ? ErrorCategory.LimitsExceeded : ErrorCategory.ObjectNotFound, problem.TargetId));
                }
                return;
            }

            // Ask about every change first, then make the ones allowed, in order.
            bool enable = true;
            if (plan.EnableScps != null)
            {
                enable = ShouldWrite(plan.EnableScps);
                if (enable && !Allowed(plan.EnableScps, EnableQuestion(plan.EnableScps), ErrorIds.ScpPolicyTypeNotEnabled,
                        $"Service control policies are off on {plan.EnableScps.Resource}, and the guardrail needs them: nothing was written. " +
                        "Run again with -Force to turn them on (or answer Yes when asked), or turn them on in the AWS Organizations console first.")) return;
            }
            bool content = ShouldWrite(plan.Content);
            if (content && plan.Existing is { ManagedByOsAccess: false } theirs && !Allowed(plan.Content,
                    $"SCP {Name} ({theirs.Summary.Id}) was not created by OsAccess (it does not carry the tag {OsAccessManagedTag.Key} = {OsAccessManagedTag.Value}). Replace its content with the guardrail?",
                    ErrorIds.NotManaged, OsAccessManagedTag.Refusal(theirs.Summary))) return;
            bool attach = plan.Attach != null && ShouldWrite(plan.Attach);
            bool declined = !enable || (plan.Content.ChangesAnything && !content) || (plan.Attach != null && !attach);

            var changes = new List<string>();
            if (plan.EnableScps != null && enable) changes.Add(Run(ct => publisher.EnableScpsAsync(plan, ct)));
            OrgPolicySummary? policy = plan.Existing?.Summary;
            if (content)
            {
                var written = Run(ct => publisher.WriteContentAsync(plan, ct));
                policy = written.Policy;
                changes.Add(written.Change);
            }
            if (attach && policy != null && enable)
            {
                foreach (string target in plan.MissingTargetIds)
                {
                    changes.Add(Run(ct => publisher.AttachAsync(policy.Id, target, ct)));
                }
            }

            if (declined || policy == null) return;
            WriteObject(new OSAccessScp
            {
                PolicyId = policy.Id,
                Arn = policy.Arn,
                Name = policy.Name,
                Status = plan.Existing == null ? ScpStatus.Created : content ? ScpStatus.Updated : ScpStatus.Unchanged,
                Changes = changes.ToArray(),
                Targets = plan.TargetIdsAfter.ToArray(),
                Size = built.Size,
            });
        }

        private static string EnableQuestion(PlannedChange change) =>
            $"Service control policies are off on {change.Resource}. Turning them on attaches AWS's FullAWSAccess SCP to the root, every OU and every account, " +
            "and from then on each SCP attached there limits every account but the management account. Turn them on?";

        // A change beyond the usual (turning SCPs on, which changes every account's effective permissions; replacing a policy
        // OsAccess did not create) is made only with -Force or after a Yes to ShouldContinue. A No, or a host that cannot
        // ask (pwsh -NonInteractive), is one error, and nothing at all is written.
        private bool Allowed(PlannedChange change, string question, string errorId, string refusal)
        {
            if (Force.IsPresent) return true;
            bool yes;
            try
            {
                yes = ShouldContinue(question, change.Operation);
            }
            catch (Exception e) when (e is PSInvalidOperationException || e is HostException)
            {
                yes = false;
            }
            if (!yes)
            {
                WriteError(new ErrorRecord(new InvalidOperationException(refusal), errorId, ErrorCategory.InvalidOperation, change.Resource));
            }
            return yes;
        }
    }
}
