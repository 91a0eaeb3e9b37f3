using System.Management.Automation;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Roles;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// Removes from member accounts what Publish-OSAccessRole created (the role, its attachments, OSAccessPolicy and its
    /// versions) and nothing else; a role or policy of that name without OsAccess's tag is left and reported unless -Force.
    /// </summary>
    [Cmdlet(VerbsData.Unpublish, "OSAccessRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = AccountIdSet)]
    [OutputType(typeof(OSAccessRoleResult))]
    public sealed class UnpublishOSAccessRoleCommand : OsAccessWriteCmdlet
    {
        private const string AccountIdSet = "AccountId";
        private const string AllSet = "All";

        /// <summary>The member accounts; account objects (Get-ORGAccount) bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = AccountIdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateAccountId]
        public string[] AccountId { get; set; } = new string[0];

        /// <summary>Every ACTIVE member account of the organization.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        /// <summary>The OSAccess role's name.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = OsAccessRoleOptions.DefaultRoleName;

        protected override void ProcessAwsRecord()
        {
            var remover = new RoleRemover(RoleName, CrossAccountRoleName, Force.IsPresent);
            foreach (var accountId in MemberAccountTargets(AccountId, All.IsPresent))
            {
                PostToMemberAccount(accountId, (member, ct) => remover.UnpublishAsync(member, ShouldWriteApproval, ct));
            }
        }
    }
}
