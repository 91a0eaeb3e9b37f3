using System;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Changes;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Requests;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.PowerShell.Grants;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Requests;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>
    /// Asks for a window in which to assume the OSAccess role in the given accounts, in the caller's own name: an OpsItem in
    /// the hub (docs/requests.md) that an approver decides with Approve-OSAccessRequest or Deny-OSAccessRequest. Every input is
    /// checked, by the rules Grant-OSAccess applies, before anything is written.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Request, "OSAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = "Duration")]
    [OutputType(typeof(OSAccessRequest))]
    public sealed class RequestOSAccessCommand : RequestCmdlet
    {
        /// <summary>Member accounts to reach; binds from the Id of Get-ORGAccount's accounts.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateAccountId]
        public string[] AccountId { get; set; } = new string[0];

        /// <summary>When access should open (default now); a DateTime without a zone is local time (docs/time.md).</summary>
        [Parameter]
        [UserTimeTransformation]
        public DateTime? Start { get; set; }

        /// <summary>When access should close.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "End")]
        [UserTimeTransformation]
        public DateTime End { get; set; }

        /// <summary>How long access should stay open from -Start. Default: 1 hour.</summary>
        [Parameter(ParameterSetName = "Duration")]
        public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

        /// <summary>The longest window asked for that is accepted. Default: 8 hours; the approver's -MaxDuration applies again.</summary>
        [Parameter]
        public TimeSpan MaxDuration { get; set; } = GrantRules.DefaultMaxDuration;

        /// <summary>Why: a ticket or justification, which the approver reads. Kept where only you and approvers can read it.</summary>
        [Parameter(Mandatory = true)]
        [AllowEmptyString]
        public string Reason { get; set; } = string.Empty;

        /// <summary>The role asked for. Default: OSAccess.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = GuardrailScpOptions.OsAccessRoleName;

        protected override void ProcessAwsRecord()
        {
            AccessRequestDraft draft;
            try
            {
                draft = Check();
            }
            catch (ArgumentException error)
            {
                WriteError(RequestErrors.For(error, AccountId));
                return;
            }
            var hub = Run(ct => HubReach.ResolveAsync(Session, null, MemberSession, ct));
            var change = new PlannedChange(hub.HubAccountId,
                "OpsItem " + AccessRequestFields.Title(draft.AccountIds), "Create the access request", null,
                $"accounts {string.Join(", ", draft.AccountIds)}, role {draft.RoleName}, {draft.Window.StartText} to {draft.Window.EndText}, reason: {draft.Reason}");
            if (!ShouldWrite(change)) return;
            try
            {
                var request = Run(async ct =>
                {
                    using var ssm = Session.Ssm();
                    return await new AccessRequester(new AccessRequestStore(ssm), SystemClock.Instance).SubmitAsync(draft, hub.Caller.Arn, ct).ConfigureAwait(false);
                });
                Announce(request, AccessRequestStatus.Pending);
                WriteObject(OSAccessRequest.From(request, SystemClock.Instance.UtcNow));
            }
            catch (Exception error) when (!(error is PipelineStoppedException) && !(error is OperationCanceledException))
            {
                WriteError(RequestErrors.For(error, AccountId));
            }
        }

        /// <summary>The checks that need no AWS call and are not made at bind: the window as Grant-OSAccess checks it, the reason.</summary>
        private AccessRequestDraft Check()
        {
            var reason = AccessRequestFields.RequireReason(Reason);
            var window = AskedWindow.Resolve(Start, ParameterSetName == "End" ? End : (DateTime?)null, Duration, MaxDuration, SystemClock.Instance.UtcNow);
            return new AccessRequestDraft { AccountIds = AccountId.Distinct().ToList(), RoleName = RoleName, Window = window, Reason = reason };
        }
    }
}
