using System.Management.Automation;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.PowerShell.Scp;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Emits the guardrail SCP for review, without touching AWS. Its parameters are <see cref="GuardrailScpParameters"/>.</summary>
    [Cmdlet(VerbsCommon.New, "OSAccessScpDocument")]
    [OutputType(typeof(BuiltPolicyDocument))]
    public sealed class NewOSAccessScpDocumentCommand : PSCmdlet, IDynamicParameters
    {
        private readonly GuardrailScpParameters document = new GuardrailScpParameters();

        public object GetDynamicParameters() => document;

        protected override void EndProcessing()
        {
            var options = document.ToOptions();
            DocumentOutput.Write(this, "GuardrailScp", PolicyType.ServiceControl, () => GuardrailScpBuilder.Build(options), GuardrailScpBuilder.QuotaAdvice(options),
                GuardrailScpParameters.Names);
        }
    }
}
