using System;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Evaluation.Simulation;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.PowerShell.Policy;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>
    /// Whether the guardrail holds in an account, from the SCPs on its path given offline (the shape Test-OSAccessPolicy
    /// takes). The guardrail's options are <see cref="GuardrailScpParameters"/>; the deciding is <see cref="GuardrailChecker"/>'s.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSAccessScp", DefaultParameterSetName = OfflineSet)]
    [OutputType(typeof(OSAccessScpResult), typeof(bool))]
    public sealed class TestOSAccessScpCommand : PSCmdlet, IDynamicParameters
    {
        private const string OfflineSet = "Offline";
        private readonly GuardrailScpParameters document = new GuardrailScpParameters();
        private GuardrailChecker? checker;
        private bool allCompliant = true;

        /// <summary>The account's path, root first: @{ Target = …; Policy = … } per level, the account last.</summary>
        [Parameter(Mandatory = true, ParameterSetName = OfflineSet, ValueFromPipelineByPropertyName = true)]
        public object[] ServiceControlPolicy { get; set; } = Array.Empty<object>();

        /// <summary>The account the path leads to, when the last level's Target is not its id.</summary>
        [Parameter(ParameterSetName = OfflineSet, ValueFromPipelineByPropertyName = true)]
        [ValidateAccountId]
        public string? AccountId { get; set; }

        /// <summary>The account is the organization's management account, which SCPs never cover.</summary>
        [Parameter(ParameterSetName = OfflineSet, ValueFromPipelineByPropertyName = true)]
        public SwitchParameter ManagementAccount { get; set; }

        /// <summary>Accounts where people's IAM users live.</summary>
        [Parameter]
        [ValidateAccountId]
        public string[] HubAccountId { get; set; } = Array.Empty<string>();

        /// <summary>Principals to test instead of the built-in administrator.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] PrincipalArn { get; set; } = Array.Empty<string>();

        /// <summary>One bool for every account given: true when all are compliant.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>Informational findings count against compliance too.</summary>
        [Parameter]
        public SwitchParameter Strict { get; set; }

        public object GetDynamicParameters() => document;

        protected override void BeginProcessing()
        {
            try
            {
                checker = new GuardrailChecker(new GuardrailCheckOptions(document.ToOptions().Resolve())
                {
                    HubAccountIds = HubAccountId,
                    PrincipalArns = PrincipalArn,
                    Strict = Strict,
                });
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(ArgumentErrors.Record(e, "InvalidGuardrailOptions", "GuardrailScp",
                    GuardrailScpParameters.Names.Append((nameof(GuardrailCheckOptions.PrincipalArns), nameof(PrincipalArn))).ToArray()));
            }
        }

        protected override void ProcessRecord()
        {
            OSAccessScpResult result;
            try
            {
                result = checker!.Check(OfflineScpPath.From(PowerShellInput.ScpLevels(ServiceControlPolicy), AccountId, ManagementAccount));
            }
            catch (PolicyInputException error)
            {
                allCompliant = false;
                WriteError(new ErrorRecord(error, "OSAccessScpInputInvalid", ErrorCategory.InvalidArgument, error.Input));
                return;
            }
            if (Quiet) allCompliant &= result.Compliant;
            else WriteObject(result);
        }

        protected override void EndProcessing()
        {
            if (Quiet) WriteObject(allCompliant);
        }
    }
}
