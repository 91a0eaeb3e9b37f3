using System.Management.Automation;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Emits the OSAccess role's trust policy, trusting the hub account, without touching AWS.</summary>
    [Cmdlet(VerbsCommon.New, "OSAccessTrustPolicyDocument")]
    [OutputType(typeof(BuiltPolicyDocument))]
    public sealed class NewOSAccessTrustPolicyDocumentCommand : PSCmdlet
    {
        /// <summary>
        /// The 12-digit id of the account where people's IAM users live; binds from the Account property of what
        /// Get-OSAccessContext and Get-STSCallerIdentity return.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Account")]
        public string HubAccountId { get; set; } = string.Empty;

        /// <summary>Require the role session name to be the caller's IAM user name, so sessions trace to one person.</summary>
        [Parameter]
        public SwitchParameter RequireSessionNameMatchesUser { get; set; }

        protected override void ProcessRecord() =>
            DocumentOutput.Write(this, "OSAccessTrustPolicy", PolicyType.Trust,
                () => OsAccessTrustPolicyBuilder.Build(HubAccountId, RequireSessionNameMatchesUser.IsPresent),
                OsAccessTrustPolicyBuilder.QuotaAdvice, ("hubAccountId", nameof(HubAccountId)));
    }
}
