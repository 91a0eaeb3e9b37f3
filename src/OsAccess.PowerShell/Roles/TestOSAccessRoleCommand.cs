using System;
using System.Management.Automation;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Roles;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// Reports, per member account, whether the OSAccess role is what Publish-OSAccessRole with the same parameters would
    /// write, and what makes it unsafe; writes nothing (RoleInspector does the work).
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSAccessRole", DefaultParameterSetName = AccountIdSet)]
    [OutputType(typeof(OSAccessRoleTestResult), typeof(bool))]
    public sealed class TestOSAccessRoleCommand : OsAccessAwsCmdlet
    {
        private const string AccountIdSet = "AccountId";
        private const string AllSet = "All";
        private volatile bool allCompliant = true;

        /// <summary>The member accounts; account objects (Get-ORGAccount) bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = AccountIdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateAccountId]
        public string[] AccountId { get; set; } = new string[0];

        /// <summary>Every ACTIVE member account of the organization.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        /// <summary>The account where people's IAM users live, which the role should trust.</summary>
        [Parameter(Mandatory = true)]
        [ValidateAccountId]
        public string HubAccountId { get; set; } = string.Empty;

        /// <summary>The OSAccess role's name.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = OsAccessRoleOptions.DefaultRoleName;

        /// <summary>The longest a session of the role should last: 1 to 12 hours.</summary>
        [Parameter]
        [ValidateSessionDuration]
        public TimeSpan MaxSessionDuration { get; set; } = OsAccessRoleOptions.MinSessionDuration;

        /// <summary>The role was published with -AllowAnySessionName.</summary>
        [Parameter]
        public SwitchParameter AllowAnySessionName { get; set; }

        /// <summary>The role was published with -RequireMfa.</summary>
        [Parameter]
        public SwitchParameter RequireMfa { get; set; }

        /// <summary>The AWS managed read policy the role should carry.</summary>
        [Parameter]
        public BasePolicy BasePolicy { get; set; } = BasePolicy.ReadOnlyAccess;

        /// <summary>One bool for every account given: true when each has the role, as published, with no finding.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessAwsRecord()
        {
            var options = new OsAccessRoleOptions(HubAccountId, RoleName, MaxSessionDuration, AllowAnySessionName.IsPresent, RequireMfa.IsPresent, BasePolicy);
            var inspector = new RoleInspector(options, CrossAccountRoleName);
            foreach (var accountId in MemberAccountTargets(AccountId, All.IsPresent))
            {
                PostToMemberAccount(accountId, async (member, ct) =>
                {
                    try
                    {
                        var result = await inspector.TestAsync(member, ct).ConfigureAwait(false);
                        if (!result.Compliant)
                        {
                            allCompliant = false;
                        }

                        return Quiet ? null : result;
                    }
                    catch
                    {
                        allCompliant = false;
                        throw;
                    }
                });
            }
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            if (Quiet)
            {
                WriteObject(allCompliant);
            }
        }
    }
}
