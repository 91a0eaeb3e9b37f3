using System.Management.Automation;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// The member accounts a role cmdlet acts in, declared once: -AccountId (many; account objects bind by Id) or -All. Each
    /// role cmdlet returns an instance, or a <see cref="RoleParameters"/>, from <see cref="IDynamicParameters.GetDynamicParameters"/>.
    /// </summary>
    public class MemberAccountTargetParameters
    {
        public const string AccountIdSet = "AccountId";
        public const string AllSet = "All";

        /// <summary>The member accounts; account objects (Get-ORGAccount) bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = AccountIdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "Account")]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string[] AccountId { get; set; } = new string[0];

        /// <summary>Every ACTIVE member account of the organization.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }
    }
}
