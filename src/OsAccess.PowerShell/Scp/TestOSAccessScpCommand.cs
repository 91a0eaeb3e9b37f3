using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Evaluation.Simulation;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Documents;
using OsAccess.PowerShell.Context;
using OsAccess.PowerShell.Policy;
using OsAccess.Workflows.Organization;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>
    /// Whether the guardrail holds in each account: online, over every SCP on each account's path as the organization holds
    /// them (<see cref="OrganizationScpReader"/>, one walk of the tree); offline, from the SCPs on one path given as
    /// documents (the shape Test-OSAccessPolicy takes). The guardrail's options are <see cref="GuardrailScpParameters"/>;
    /// the deciding is <see cref="GuardrailChecker"/>'s.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSAccessScp", DefaultParameterSetName = OnlineSet)]
    [OutputType(typeof(OSAccessScpResult), typeof(bool))]
    public sealed class TestOSAccessScpCommand : OsAccessAwsCmdlet, IDynamicParameters
    {
        private const string OnlineSet = "Online";
        private const string OfflineSet = "Offline";
        private const int ProgressId = 1;
        private readonly GuardrailScpParameters document = new GuardrailScpParameters();
        private readonly List<string> targets = new List<string>();
        private GuardrailChecker? checker;
        private bool allCompliant = true;
        private OrganizationReadProgress? progress;

        /// <summary>Roots, OUs and accounts whose accounts to check (default: the whole organization); binds Id from AWS.Tools' Get-ORG* objects.</summary>
        [Parameter(ParameterSetName = OnlineSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ValidateOrgTargetId]
        [ArgumentCompleter(typeof(OrganizationTargetCompleter))]
        public string[] TargetId { get; set; } = Array.Empty<string>();

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
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string[] HubAccountId { get; set; } = Array.Empty<string>();

        /// <summary>Principals to test instead of the built-in administrator.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] PrincipalArn { get; set; } = Array.Empty<string>();

        /// <summary>One bool for every account checked: true when all are compliant.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>Informational findings count against compliance too.</summary>
        [Parameter]
        public SwitchParameter Strict { get; set; }

        public object GetDynamicParameters() => document;

        protected override void BeginProcessing() => checker = CreateChecker(GuardrailCheckOptions.DefaultRegion);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == OnlineSet)
            {
                base.ProcessRecord();
                return;
            }

            try
            {
                Report(checker!.Check(OfflineScpPath.From(PowerShellInput.ScpLevels(ServiceControlPolicy), AccountId, ManagementAccount)));
            }
            catch (PolicyInputException error)
            {
                allCompliant = false;
                WriteError(new ErrorRecord(error, ErrorIds.ScpInputInvalid, ErrorCategory.InvalidArgument, error.Input));
            }
        }

        /// <summary>Online, each record only adds its targets: the organization is read once, in <see cref="EndAwsProcessing"/>.</summary>
        protected override void ProcessAwsRecord() => targets.AddRange(TargetId);

        protected override void EndProcessing()
        {
            // Offline, the AWS base is never entered: its code names OsAccess.Aws's types, whose first use loads the AWS SDK.
            if (ParameterSetName == OnlineSet) base.EndProcessing();
            if (Quiet) WriteObject(allCompliant);
        }

        /// <summary>Online: reads the organization once, with the last record's session, and checks every account walked.</summary>
        protected override void EndAwsProcessing()
        {
            OrganizationScpView view;
            var online = CreateChecker(Session.Region);
            try
            {
                var reporter = new OrganizationReadReporter(p => progress = p);
                view = Run(ct => new OrganizationScpReader(Session.Organizations(), ThrottleLimit).ReadAsync(targets, reporter, ct), WriteWalkProgress);
            }
            catch (OrganizationTargetNotFoundException error)
            {
                ThrowTerminatingError(new ErrorRecord(error, ErrorIds.TargetNotFound, ErrorCategory.ObjectNotFound, error.TargetId)
                    { ErrorDetails = new ErrorDetails($"TargetId: {error.Message}") });
                return;
            }
            catch (OrganizationReadDeniedException error)
            {
                ThrowTerminatingError(new ErrorRecord(error, ErrorIds.OrganizationReadDenied, ErrorCategory.PermissionDenied, error.Operation));
                return;
            }
            finally
            {
                WriteProgress(new ProgressRecord(ProgressId, "Reading the organization", "Done") { RecordType = ProgressRecordType.Completed });
            }

            if (!view.ScpEnabled)
            {
                WriteWarning($"The SCP policy type is not enabled on root {view.RootId}: no SCP applies in any account until it is (Publish-OSAccessScp enables it).");
            }
            foreach (var account in view.Accounts)
            {
                try
                {
                    Report(online.Check(account));
                }
                catch (PolicyInputException error)
                {
                    allCompliant = false;
                    WriteError(new ErrorRecord(error, ErrorIds.ScpInputInvalid, ErrorCategory.InvalidData, account.AccountId));
                }
            }
        }

        private void WriteWalkProgress()
        {
            var now = progress;
            if (now == null) return;
            WriteProgress(new ProgressRecord(ProgressId, "Reading the organization", now.ToString()) { PercentComplete = Math.Min(100, now.Percent) });
        }

        private void Report(OSAccessScpResult result)
        {
            allCompliant &= result.Compliant;
            if (!Quiet) WriteObject(result);
        }

        private GuardrailChecker CreateChecker(string region)
        {
            try
            {
                return new GuardrailChecker(new GuardrailCheckOptions(document.ToOptions().Resolve())
                {
                    HubAccountIds = HubAccountId,
                    PrincipalArns = PrincipalArn,
                    Strict = Strict,
                    Region = region,
                });
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(InvalidOptions(e));
                throw;
            }
        }

        private static ErrorRecord InvalidOptions(ArgumentException e) => ArgumentErrors.Record(e, ErrorIds.DocumentInputInvalid, "GuardrailScp",
            GuardrailScpParameters.Names.Append((nameof(GuardrailCheckOptions.PrincipalArns), nameof(PrincipalArn))).ToArray());

        /// <summary>Keeps the latest progress of the walk for the pipeline thread to write.</summary>
        private sealed class OrganizationReadReporter : IProgress<OrganizationReadProgress>
        {
            private readonly Action<OrganizationReadProgress> keep;

            public OrganizationReadReporter(Action<OrganizationReadProgress> keep) => this.keep = keep;

            public void Report(OrganizationReadProgress value) => keep(value);
        }
    }
}
