using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Grants;

namespace OsAccess.PowerShell.Grants
{
    /// <summary>
    /// Grants a person (a hub IAM user) a window in which to assume the OSAccess role in the given accounts: one managed
    /// policy per grant (docs/grants.md). Accounts piped in (Get-ORGAccount) are gathered into one grant per user; every
    /// input is checked before anything is written.
    /// </summary>
    [Cmdlet(VerbsSecurity.Grant, "OSAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Duration")]
    [OutputType(typeof(OSAccessGrant))]
    public sealed class GrantOSAccessCommand : OsAccessWriteCmdlet
    {
        private readonly Dictionary<string, List<string>> accountsByUser = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Stands for the caller's ARN when the reason is checked before any call: as long as an assumed-role ARN gets.</summary>
        private static readonly string LongestCaller = "arn:aws:sts::000000000000:assumed-role/" + new string('x', 64) + "/" + new string('x', 64);

        private AccessWindow window;
        private bool refused;

        /// <summary>The hub IAM user to grant; binds from the UserName of AWS.Tools' Get-IAMUser.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HubUserNameCompleter))]
        public string UserName { get; set; } = string.Empty;

        /// <summary>Member accounts the grant covers; binds from the Id of Get-ORGAccount's accounts.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "Account")]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string[] AccountId { get; set; } = new string[0];

        /// <summary>When access opens (default now); a DateTime without a zone is local time (docs/time.md).</summary>
        [Parameter]
        [UserTimeTransformation]
        public DateTime? Start { get; set; }

        /// <summary>When access closes.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "End")]
        [UserTimeTransformation]
        public DateTime End { get; set; }

        /// <summary>How long access stays open from -Start. Default: 1 hour.</summary>
        [Parameter(ParameterSetName = "Duration")]
        public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

        /// <summary>The longest window accepted. Default: 8 hours; never over 92 days.</summary>
        [Parameter]
        public TimeSpan MaxDuration { get; set; } = GrantRules.DefaultMaxDuration;

        /// <summary>The ticket or justification, kept with the grant; required unless -NoReason.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Reason { get; set; }

        /// <summary>Grants without a reason.</summary>
        [Parameter]
        public SwitchParameter NoReason { get; set; }

        /// <summary>The role to grant. Default: OSAccess.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = GuardrailScpOptions.OsAccessRoleName;

        /// <summary>The hub account, when it is not the caller's own: reached through -CrossAccountRoleName.</summary>
        [Parameter]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string? HubAccountId { get; set; }

        protected override void ProcessAwsRecord()
        {
            if (refused) return;
            try
            {
                Check();
            }
            catch (ArgumentException error)
            {
                refused = true;
                WriteError(GrantErrors.For(error, UserName)!);
                return;
            }
            if (!accountsByUser.TryGetValue(UserName, out var accounts)) accountsByUser[UserName] = accounts = new List<string>();
            accounts.AddRange(AccountId.Where(a => !accounts.Contains(a)));
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            if (refused || accountsByUser.Count == 0) return;
            var hub = Run(ct => HubReach.ResolveAsync(Session, HubAccountId, MemberSession, ct));
            using var iam = hub.Hub.Iam();
            var writer = new GrantWriter(iam, SystemClock.Instance);
            foreach (var user in accountsByUser)
            {
                var request = new GrantRequest { UserName = user.Key, AccountIds = user.Value, RoleName = RoleName, Window = window, Reason = NoReason ? null : Reason };
                try
                {
                    var plan = Run(ct => writer.PlanAsync(request, hub.HubAccountId, hub.Caller.Arn, ct));
                    if (!ShouldWrite(plan.Change)) continue;
                    var grant = Run(ct => writer.ApplyAsync(plan, ct));
                    WriteObject(OSAccessGrant.From(grant, SystemClock.Instance.UtcNow));
                }
                catch (Exception error) when (!(error is PipelineStoppedException) && !(error is OperationCanceledException))
                {
                    WriteError(GrantErrors.For(error, user.Key) ?? AwsErrorRecords.From(error, user.Key));
                }
            }
        }

        /// <summary>Every check that needs no AWS call, on this record's input.</summary>
        private void Check()
        {
            if (NoReason.IsPresent && Reason != null)
                throw new ArgumentException("Give either -Reason or -NoReason, not both.", "Reason");
            if (!NoReason.IsPresent && string.IsNullOrWhiteSpace(Reason))
                throw new ArgumentException("Say why access is granted: give a ticket or a justification with -Reason, or grant with -NoReason.", "Reason");
            var now = SystemClock.Instance.UtcNow;
            window = AskedWindow.Resolve(Start, ParameterSetName == "End" ? End : (DateTime?)null, Duration, MaxDuration, now);
            GrantDescription.Format(LongestCaller, now, NoReason ? null : Reason);
            RoleName = OsAccess.Core.Aws.RoleName.Require(RoleName, "roleName");
        }
    }
}
