using System;
using System.Management.Automation;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;

namespace OsAccess.PowerShell.Roles
{
    /// <summary>
    /// The OSAccess role as published, declared once for Publish-OSAccessRole and Test-OSAccessRole, so that Test checks
    /// exactly what Publish with the same parameters writes.
    /// </summary>
    public sealed class RoleParameters : MemberAccountTargetParameters
    {
        /// <summary>The account where people's IAM users live, which the role trusts.</summary>
        [Parameter(Mandatory = true)]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
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

        public OsAccessRoleOptions Options() =>
            new OsAccessRoleOptions(HubAccountId, RoleName, MaxSessionDuration, AllowAnySessionName.IsPresent, RequireMfa.IsPresent, BasePolicy);
    }
}
