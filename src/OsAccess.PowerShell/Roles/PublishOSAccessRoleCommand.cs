using System.Management.Automation;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Common;
using OsAccess.Workflows.Roles;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// Creates or brings up to date the OSAccess role in member accounts: the role with its session duration and OsAccess's
    /// tag, its trust policy (the hub account, the session named after the IAM user), the base read policy and the
    /// customer-managed OSAccessPolicy. One result per account, in the order accounts finish (RolePublisher does the work).
    /// </summary>
    [Cmdlet(VerbsData.Publish, "OSAccessRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
        DefaultParameterSetName = MemberAccountTargetParameters.AccountIdSet)]
    [OutputType(typeof(OSAccessRoleResult))]
    public sealed class PublishOSAccessRoleCommand : OsAccessWriteCmdlet, IDynamicParameters
    {
        private readonly RoleParameters role = new RoleParameters();

        public object GetDynamicParameters() => role;

        protected override void ProcessAwsRecord()
        {
            var publisher = new RolePublisher(role.Options(), CrossAccountRoleName, takeOver: Force.IsPresent);
            foreach (var accountId in MemberAccountTargets(role.AccountId, role.All.IsPresent))
            {
                PostToMemberAccount(accountId, (member, ct) => publisher.PublishAsync(member, ShouldWriteApproval, ct));
            }
        }
    }
}
