using System;
using System.Collections.Generic;
using System.Management.Automation;
using OsAccess.Core.Evaluation.Simulation;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Policy
{
    /// <summary>
    /// Evaluates policies offline, SCPs included, the way AWS would decide the request; mirrors AWS.Tools'
    /// Test-IAMCustomPolicy. Binding only: the work is in <see cref="PolicySimulator"/>.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSAccessPolicy")]
    [OutputType(typeof(PolicySimulationResult))]
    public sealed class TestOSAccessPolicyCommand : PSCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [PolicyText]
        public string[] PolicyInputList { get; set; } = Array.Empty<string>();

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [PolicyText]
        public string[] PermissionsBoundaryPolicyInputList { get; set; } = Array.Empty<string>();

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [PolicyText]
        public string? ResourcePolicy { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [PolicyText]
        public string? SessionPolicy { get; set; }

        /// <summary>The organization path, root first: hashtables/objects with Target and Policy, or plain JSON strings for one level.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [PolicyText]
        public object[] ServiceControlPolicy { get; set; } = Array.Empty<object>();

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public string CallerArn { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(IamActionNameCompleter))]
        public string[] ActionName { get; set; } = Array.Empty<string>();

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string[] ResourceArn { get; set; } = { "*" };

        /// <summary>The account owning the resources (id or root ARN, as Test-IAMCustomPolicy's -ResourceOwner), when their ARNs do not say (S3) or should be overridden.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ResourceOwner")]
        public string? ResourceOwnerAccount { get; set; }

        /// <summary>A hashtable of key → value(s), or objects with ContextKeyName, ContextKeyValues and ContextKeyType.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public object? ContextEntry { get; set; }

        /// <summary>The instant to evaluate at, read by <see cref="UserTime"/>: a DateTime without a zone is local time.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [UserTimeTransformation]
        public DateTime? CurrentTime { get; set; }

        /// <summary>The caller's account is the organization's management account, where SCPs do not apply.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter ManagementAccount { get; set; }

        protected override void ProcessRecord()
        {
            IEnumerable<PolicySimulationResult> results;
            try
            {
                results = PolicySimulator.Run(new PolicySimulationInput
                {
                    IdentityPolicies = PolicyInputList,
                    PermissionsBoundaryPolicies = PermissionsBoundaryPolicyInputList,
                    ResourcePolicy = ResourcePolicy,
                    SessionPolicy = SessionPolicy,
                    ServiceControlPolicies = PowerShellInput.ScpLevels(ServiceControlPolicy),
                    CallerArn = CallerArn,
                    Actions = ActionName,
                    Resources = ResourceArn,
                    ResourceAccount = ResourceOwnerAccount,
                    Context = PowerShellInput.ContextEntries(ContextEntry),
                    CurrentTime = CurrentTime.HasValue ? ToUtc(CurrentTime.Value) : (DateTimeOffset?)null,
                    CallerInManagementAccount = ManagementAccount.IsPresent,
                });
            }
            catch (PolicyInputException error)
            {
                WriteError(new ErrorRecord(error, ErrorIds.PolicyInputInvalid, ErrorCategory.InvalidArgument, error.Input));
                return;
            }
            foreach (var result in results) WriteObject(result);
        }

        private static DateTimeOffset ToUtc(DateTime time)
        {
            try
            {
                return UserTime.ToUtc(time, TimeZoneInfo.Local, nameof(CurrentTime));
            }
            catch (UserTimeException error)
            {
                throw new PolicyInputException(nameof(CurrentTime), error.Reason, inner: error);
            }
        }
    }
}
