using System;
using System.Management.Automation;
using OsAccess.Core.Changes;
using OsAccess.Core.Requests;
using OsAccess.Core.Time;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Requests;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>Denies requests (piped from Get-OSAccessRequest) with a comment the requester reads; no grant is made.</summary>
    [Cmdlet(VerbsLifecycle.Deny, "OSAccessRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OSAccessRequest))]
    public sealed class DenyOSAccessRequestCommand : RequestCmdlet
    {
        private HubReach? hub;

        /// <summary>The request to deny; binds from Get-OSAccessRequest's RequestId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern(AccessRequestFields.RequestIdPattern)]
        public string RequestId { get; set; } = string.Empty;

        /// <summary>Why the request is denied: kept with it, and the requester reads it.</summary>
        [Parameter(Mandatory = true)]
        [AllowEmptyString]
        public string Comment { get; set; } = string.Empty;

        protected override void ProcessAwsRecord()
        {
            try
            {
                var comment = AccessRequestFields.CheckComment(Comment, required: true)!;
                hub ??= Run(ct => HubReach.ResolveAsync(Session, null, MemberSession, ct));
                using var ssm = Session.Ssm();
                using var iam = Session.Iam();
                var decider = new RequestDecider(new AccessRequestStore(ssm), iam, SystemClock.Instance);
                var request = Run(ct => decider.PlanDenialAsync(RequestId, hub.Caller.Arn, ct));
                var change = new PlannedChange(hub.HubAccountId, "OpsItem " + RequestId, $"Deny {request.UserName}'s request", "Pending", "Denied: " + comment);
                if (!ShouldWrite(change)) return;
                var denied = Run(ct => decider.DenyAsync(request, comment, hub.HubAccountId, ct));
                Announce(denied, AccessRequestStatus.Denied);
                WriteObject(OSAccessRequest.From(denied, SystemClock.Instance.UtcNow));
            }
            catch (Exception error) when (!(error is PipelineStoppedException) && !(error is OperationCanceledException))
            {
                WriteError(RequestErrors.For(error, RequestId));
            }
        }
    }
}
