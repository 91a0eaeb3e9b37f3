using System.Management.Automation;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Emits the OSAccess role's permission policy (OSAccessPolicy), one per member account, without touching AWS.</summary>
    [Cmdlet(VerbsCommon.New, "OSAccessRolePolicyDocument")]
    [OutputType(typeof(BuiltPolicyDocument))]
    public sealed class NewOSAccessRolePolicyDocumentCommand : PSCmdlet
    {
        /// <summary>The member accounts' 12-digit ids; binds from the Id property of Organizations account objects.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "Account")]
        public string[] AccountId { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            foreach (string accountId in AccountId)
            {
                DocumentOutput.Write(this, OsAccessRolePolicyBuilder.PolicyName, PolicyType.RoleInline, () => OsAccessRolePolicyBuilder.Build(accountId),
                    OsAccessRolePolicyBuilder.QuotaAdvice, accountId, ("accountId", nameof(AccountId)));
            }
        }
    }
}
