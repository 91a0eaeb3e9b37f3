using System;
using System.Collections.Generic;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>
    /// Emits the time-boxed grant: a user policy allowing sts:AssumeRole on the OSAccess role in the given accounts
    /// between two instants, written in UTC. Account ids from the pipeline are gathered into one grant.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSAccessGrantPolicyDocument", DefaultParameterSetName = "Duration")]
    [OutputType(typeof(BuiltPolicyDocument))]
    public sealed class NewOSAccessGrantPolicyDocumentCommand : PSCmdlet
    {
        private readonly List<string> accountIds = new List<string>();

        /// <summary>Member accounts the grant covers; binds from the Id property of Organizations account objects.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "Account")]
        [ValidateNotNullOrEmpty]
        public string[] AccountId { get; set; } = new string[0];

        /// <summary>When access opens, read by <see cref="UserTime"/>: a DateTime without a zone is local time. Default: now.</summary>
        [Parameter]
        [UserTimeTransformation]
        public DateTime Start { get; set; } = DateTime.UtcNow;

        /// <summary>When access closes, read by <see cref="UserTime"/>.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "End")]
        [UserTimeTransformation]
        public DateTime End { get; set; }

        /// <summary>How long access stays open from Start, at most <see cref="GrantWindow.MaximumDuration"/>. Default: 1 hour.</summary>
        [Parameter(ParameterSetName = "Duration")]
        public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

        /// <summary>The role to grant. Default: OSAccess.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = GuardrailScpOptions.OsAccessRoleName;

        protected override void ProcessRecord() => accountIds.AddRange(AccountId);

        protected override void EndProcessing()
        {
            DocumentOutput.Write(this, "OSAccessGrant", PolicyType.UserInline, () =>
            {
                var now = SystemClock.Instance.UtcNow;
                var start = UserTime.ToUtc(Start, TimeZoneInfo.Local, nameof(Start));
                var window = ParameterSetName == "End"
                    ? GrantWindow.Between(start, UserTime.ToUtc(End, TimeZoneInfo.Local, nameof(End)), now)
                    : GrantWindow.For(start, Duration, now);
                return AssumeRoleGrantBuilder.Build(accountIds, window, RoleName);
            }, AssumeRoleGrantBuilder.QuotaAdvice,
                ("accountIds", nameof(AccountId)), ("roleName", nameof(RoleName)),
                (nameof(Start), nameof(Start)), (nameof(End), nameof(End)), (nameof(Duration), nameof(Duration)));
        }
    }
}
