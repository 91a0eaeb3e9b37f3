using System;
using System.Collections.Generic;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

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
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string[] AccountId { get; set; } = new string[0];

        /// <summary>When access opens. A DateTime without a time zone is local time. Default: now.</summary>
        [Parameter]
        public DateTime Start { get; set; } = DateTime.Now;

        /// <summary>When access closes. A DateTime without a time zone is local time.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "End")]
        public DateTime End { get; set; }

        /// <summary>How long access stays open from Start. Default: 1 hour.</summary>
        [Parameter(ParameterSetName = "Duration")]
        public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

        /// <summary>The role to grant. Default: OSAccess.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string RoleName { get; set; } = GuardrailScpOptions.OsAccessRoleName;

        protected override void ProcessRecord() => accountIds.AddRange(AccountId);

        protected override void EndProcessing()
        {
            // A DateTime of kind Local or Unspecified (PowerShell's [datetime] literals, Get-Date) becomes an instant on
            // the local clock; one of kind Utc stays UTC.
            var start = new DateTimeOffset(Start);
            var end = ParameterSetName == "End" ? new DateTimeOffset(End) : start + Duration;
            DocumentOutput.Write(this, "OSAccessGrant", PolicyType.UserInline,
                () => AssumeRoleGrantBuilder.Build(accountIds, AccessWindow.Create(start, end), RoleName));
        }
    }
}
