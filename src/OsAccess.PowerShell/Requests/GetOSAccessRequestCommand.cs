using System;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Requests;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Requests;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>
    /// Lists the requests for access kept in the hub, newest first (docs/requests.md): one DescribeOpsItems walk, then each
    /// request's reason where the caller may read it, -ThrottleLimit requests at a time. Filtered by requester, status, creation time and id.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSAccessRequest")]
    [OutputType(typeof(OSAccessRequest))]
    public sealed class GetOSAccessRequestCommand : OsAccessAwsCmdlet
    {
        /// <summary>Only the caller's own requests.</summary>
        [Parameter]
        public SwitchParameter Mine { get; set; }

        /// <summary>Only requests in this state now.</summary>
        [Parameter]
        public AccessRequestStatus[]? Status { get; set; }

        /// <summary>Only requests made after this instant; a DateTime without a zone is local time.</summary>
        [Parameter]
        [UserTimeTransformation]
        public DateTime? Since { get; set; }

        /// <summary>Only this request.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidatePattern(AccessRequestFields.RequestIdPattern)]
        public string? RequestId { get; set; }

        /// <summary>Only these people's requests.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? UserName { get; set; }

        protected override void ProcessAwsRecord()
        {
            var since = Since.HasValue ? UserTime.ToUtc(Since.Value, TimeZoneInfo.Local, nameof(Since)) : (DateTimeOffset?)null;
            var openOnly = Status != null && Status.All(s => s == AccessRequestStatus.Pending || s == AccessRequestStatus.Expired);
            var requests = Run(async ct =>
            {
                string? requester = null;
                if (Mine)
                {
                    requester = (await HubReach.ResolveAsync(Session, null, MemberSession, ct).ConfigureAwait(false)).Caller.Arn;
                }
                using var ssm = Session.Ssm();
                var query = new AccessRequestQuery { RequesterArn = requester, RequestId = RequestId, Since = since, OpenOnly = openOnly };
                return await new AccessRequestStore(ssm, ThrottleLimit).ListAsync(query, ct).ConfigureAwait(false);
            });
            var now = SystemClock.Instance.UtcNow;
            var shown = requests.Select(r => (Record: r, Output: OSAccessRequest.From(r, now))).Where(r => Wanted(r.Output)).ToList();
            var refused = shown.Where(r => r.Record.ReasonRefused != null).Select(r => r.Record.ReasonRefused).ToList();
            if (refused.Count > 0)
            {
                WriteWarning($"{refused.Count} of these requests are shown without their reason: {refused[0]} " +
                    "Only an approver's or auditor's policy reads every request's reason (New-OSAccessOperatorPolicyDocument -Task Approve or Audit); -Mine shows your own.");
            }
            foreach (var request in shown)
            {
                WriteObject(request.Output);
            }
        }

        private bool Wanted(OSAccessRequest request) =>
            (Status == null || Status.Contains(request.Status))
            && (UserName == null || UserName.Contains(request.UserName, StringComparer.OrdinalIgnoreCase));
    }
}
