using System.Management.Automation;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Common;
using OsAccess.Workflows.Roles;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// Removes from member accounts what Publish-OSAccessRole created (the role, its attachments, OSAccessPolicy and its
    /// versions) and nothing else; a role or policy of that name without OsAccess's tag is left and reported unless -Force.
    /// </summary>
    [Cmdlet(VerbsData.Unpublish, "OSAccessRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High,
        DefaultParameterSetName = MemberAccountTargetParameters.AccountIdSet)]
    [OutputType(typeof(OSAccessRoleResult))]
    public sealed class UnpublishOSAccessRoleCommand : OsAccessWriteCmdlet, IDynamicParameters
    {
        private readonly MemberAccountTargetParameters targets = new MemberAccountTargetParameters();

        /// <summary>The OSAccess role's name.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = OsAccessRoleOptions.DefaultRoleName;

        public object GetDynamicParameters() => targets;

        protected override void ProcessAwsRecord()
        {
            var remover = new RoleRemover(RoleName, CrossAccountRoleName, Force.IsPresent);
            foreach (var accountId in MemberAccountTargets(targets.AccountId, targets.All.IsPresent))
            {
                PostToMemberAccount(accountId, (member, ct) => remover.UnpublishAsync(member, ShouldWriteApproval, ct));
            }
        }
    }
}
