using System;
using System.Management.Automation;
using OsAccess.Core.Changes;
using OsAccess.Core.Requests;
using OsAccess.Core.Time;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Requests;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>
    /// Withdraws the caller's own undecided requests (the one tag a requester may add to their own request), and announces
    /// each withdrawal as the other transitions are.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "OSAccessRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(OSAccessRequest))]
    public sealed class StopOSAccessRequestCommand : RequestCmdlet
    {
        private HubReach? hub;

        /// <summary>The request to withdraw; binds from Get-OSAccessRequest's RequestId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern(AccessRequestFields.RequestIdPattern)]
        public string RequestId { get; set; } = string.Empty;

        protected override void ProcessAwsRecord()
        {
            try
            {
                hub ??= Run(ct => HubReach.ResolveAsync(Session, null, MemberSession, ct));
                var change = new PlannedChange(hub.HubAccountId, "OpsItem " + RequestId, "Withdraw the request", "Pending", "Cancelled");
                if (!ShouldWrite(change)) return;
                using var ssm = Session.Ssm();
                var withdrawn = Run(ct => new AccessRequester(new AccessRequestStore(ssm), SystemClock.Instance).WithdrawAsync(RequestId, hub.Caller.Arn, ct));
                Announce(withdrawn, AccessRequestStatus.Cancelled);
                WriteObject(OSAccessRequest.From(withdrawn, SystemClock.Instance.UtcNow));
            }
            catch (Exception error) when (!(error is PipelineStoppedException) && !(error is OperationCanceledException))
            {
                WriteError(RequestErrors.For(error, RequestId));
            }
        }
    }
}
