using System;
using System.Management.Automation;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Roles;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// Creates or brings up to date the OSAccess role in member accounts: the role with its session duration and OsAccess's
    /// tag, its trust policy (the hub account, the session named after the IAM user), the base read policy and the
    /// customer-managed OSAccessPolicy. One result per account, in the order accounts finish (RolePublisher does the work).
    /// </summary>
    [Cmdlet(VerbsData.Publish, "OSAccessRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = AccountIdSet)]
    [OutputType(typeof(OSAccessRoleResult))]
    public sealed class PublishOSAccessRoleCommand : OsAccessWriteCmdlet
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

        /// <summary>The account where people's IAM users live, which the role trusts.</summary>
        [Parameter(Mandatory = true)]
        [ValidateAccountId]
        public string HubAccountId { get; set; } = string.Empty;

        /// <summary>The OSAccess role's name.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = OsAccessRoleOptions.DefaultRoleName;

        /// <summary>The longest a session of the role may last: 1 to 12 hours.</summary>
        [Parameter]
        [ValidateSessionDuration]
        public TimeSpan MaxSessionDuration { get; set; } = OsAccessRoleOptions.MinSessionDuration;

        /// <summary>Do not require the role session name to be the caller's IAM user name.</summary>
        [Parameter]
        public SwitchParameter AllowAnySessionName { get; set; }

        /// <summary>Require the caller to have signed in with MFA.</summary>
        [Parameter]
        public SwitchParameter RequireMfa { get; set; }

        /// <summary>The AWS managed read policy beside OSAccessPolicy.</summary>
        [Parameter]
        public BasePolicy BasePolicy { get; set; } = BasePolicy.ReadOnlyAccess;

        protected override void ProcessAwsRecord()
        {
            var options = new OsAccessRoleOptions(HubAccountId, RoleName, MaxSessionDuration, AllowAnySessionName.IsPresent, RequireMfa.IsPresent, BasePolicy);
            var publisher = new RolePublisher(options, CrossAccountRoleName, takeOver: Force.IsPresent);
            foreach (var accountId in MemberAccountTargets(AccountId, All.IsPresent))
            {
                PostToMemberAccount(accountId, (member, ct) => publisher.PublishAsync(member, ShouldWriteApproval, ct));
            }
        }
    }
}
