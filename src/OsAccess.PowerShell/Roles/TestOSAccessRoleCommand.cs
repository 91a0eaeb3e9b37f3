using System.Management.Automation;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Common;
using OsAccess.Workflows.Roles;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// Reports, per member account, whether the OSAccess role is what Publish-OSAccessRole with the same parameters would
    /// write, and what makes it unsafe; writes nothing (RoleInspector does the work).
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSAccessRole", DefaultParameterSetName = MemberAccountTargetParameters.AccountIdSet)]
    [OutputType(typeof(OSAccessRoleTestResult), typeof(bool))]
    public sealed class TestOSAccessRoleCommand : OsAccessAwsCmdlet, IDynamicParameters
    {
        private readonly RoleParameters role = new RoleParameters();
        private volatile bool allCompliant = true;

        /// <summary>One bool for every account given: true when each has the role, as published, with no finding.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        public object GetDynamicParameters() => role;

        protected override void ProcessAwsRecord()
        {
            var inspector = new RoleInspector(role.Options(), CrossAccountRoleName);
            foreach (var accountId in MemberAccountTargets(role.AccountId, role.All.IsPresent))
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
