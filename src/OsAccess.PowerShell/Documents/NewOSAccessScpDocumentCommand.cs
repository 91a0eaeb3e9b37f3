using System.Management.Automation;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Emits the guardrail SCP for review, without touching AWS.</summary>
    [Cmdlet(VerbsCommon.New, "OSAccessScpDocument", DefaultParameterSetName = "OSAccessRole")]
    [OutputType(typeof(BuiltPolicyDocument))]
    public sealed class NewOSAccessScpDocumentCommand : PSCmdlet
    {
        /// <summary>Roles, by name, that keep OS access in every account. Default: OSAccess.</summary>
        [Parameter(ParameterSetName = "OSAccessRole")]
        [ValidateNotNullOrEmpty]
        public string[] ExemptRoleName { get; set; } = { GuardrailScpOptions.OsAccessRoleName };

        /// <summary>Exempt Systems Manager just-in-time node access's role (SSM-JustInTimeAccessTokenRole) instead of OSAccess.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "JustInTime")]
        public SwitchParameter JustInTime { get; set; }

        /// <summary>Actions denied to everyone else. Default: ssm:StartSession.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IamActionNameCompleter))]
        public string[] DeniedAction { get; set; } = { GuardrailScpOptions.StartSessionAction };

        protected override void EndProcessing()
        {
            var options = new GuardrailScpOptions
            {
                ExemptRoleNames = JustInTime ? new[] { GuardrailScpOptions.JustInTimeRoleName } : ExemptRoleName,
                DeniedActions = DeniedAction,
            };
            DocumentOutput.Write(this, "GuardrailScp", PolicyType.ServiceControl, () => GuardrailScpBuilder.Build(options), GuardrailScpBuilder.QuotaAdvice,
                (nameof(options.ExemptRoleNames), nameof(ExemptRoleName)), (nameof(options.DeniedActions), nameof(DeniedAction)));
        }
    }
}
