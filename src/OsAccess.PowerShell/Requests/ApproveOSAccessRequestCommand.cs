using System;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.Core.Time;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Requests;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>
    /// Approves requests (piped from Get-OSAccessRequest): makes each one's grant as Grant-OSAccess does, with the request's
    /// id as the grant's, then marks the request approved and writes it. One's own request, a decided, withdrawn or past one,
    /// and one whose window is over -MaxDuration are refused with nothing written.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Approve, "OSAccessRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OSAccessRequest))]
    public sealed class ApproveOSAccessRequestCommand : RequestCmdlet
    {
        private HubReach? hub;

        /// <summary>The request to approve; binds from Get-OSAccessRequest's RequestId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern(AccessRequestFields.RequestIdPattern)]
        public string RequestId { get; set; } = string.Empty;

        /// <summary>A note for the requester and the record.</summary>
        [Parameter]
        public string? Comment { get; set; }

        /// <summary>The longest window granted, checked again here. Default: 8 hours; never over 92 days.</summary>
        [Parameter]
        public TimeSpan MaxDuration { get; set; } = GrantRules.DefaultMaxDuration;

        protected override void ProcessAwsRecord()
        {
            try
            {
                var comment = AccessRequestFields.CheckComment(Comment, required: false);
                hub ??= Run(ct => HubReach.ResolveAsync(Session, null, MemberSession, ct));
                using var ssm = Session.Ssm();
                using var iam = Session.Iam();
                var decider = new RequestDecider(new AccessRequestStore(ssm), iam, SystemClock.Instance);
                var (request, plan) = Run(ct => decider.PlanApprovalAsync(RequestId, hub.Caller.Arn, hub.HubAccountId, MaxDuration, ct));
                if (!ShouldWrite(plan.Change)) return;
                var approved = Run(ct => decider.ApproveAsync(request, plan, comment, ct));
                Announce(approved, AccessRequestStatus.Approved, plan.Record.Window);
                WriteObject(OSAccessRequest.From(approved, SystemClock.Instance.UtcNow));
            }
            catch (Exception error) when (!(error is PipelineStoppedException) && !(error is OperationCanceledException))
            {
                WriteError(RequestErrors.For(error, RequestId));
            }
        }
    }
}
