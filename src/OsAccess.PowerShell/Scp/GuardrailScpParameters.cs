using System;
using System.Management.Automation;
using OsAccess.Core.Guardrail;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>
    /// The guardrail SCP's document parameters, declared once: every cmdlet that builds the guardrail (for review or to publish)
    /// returns an instance from <see cref="IDynamicParameters.GetDynamicParameters"/>, so each takes the same parameters and
    /// makes the same document from them.
    /// </summary>
    public sealed class GuardrailScpParameters
    {
        private string[]? exemptRoleName;
        private string[]? deploymentRoleName;

        /// <summary>Roles, by name, that keep OS access in every account. Default: OSAccess (none with -JustInTime alone).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] ExemptRoleName
        {
            get => exemptRoleName ?? new[] { GuardrailScpOptions.OsAccessRoleName };
            set => exemptRoleName = value;
        }

        /// <summary>Exempt Systems Manager just-in-time node access's role, SSM-JustInTimeAccessTokenRole.</summary>
        [Parameter]
        public SwitchParameter JustInTime { get; set; }

        /// <summary>Session (ssm:StartSession) or All (every way onto the OS).</summary>
        [Parameter]
        public GuardrailChannel Channel { get; set; } = GuardrailChannel.Session;

        /// <summary>Roles that keep Run Command, associations and automation (with -Channel All).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] AutomationRoleName { get; set; } = Array.Empty<string>();

        /// <summary>More actions to deny to everyone but the exempt roles.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IamActionNameCompleter))]
        public string[] DeniedAction { get; set; } = Array.Empty<string>();

        /// <summary>Deny creating, changing, re-trusting, tagging and deleting the exempt roles to all but the deployment roles.</summary>
        [Parameter]
        public SwitchParameter ProtectRole { get; set; }

        /// <summary>Roles that may still change the protected roles (with -ProtectRole). Default: OrganizationAccountAccessRole.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] DeploymentRoleName
        {
            get => deploymentRoleName ?? new[] { GuardrailScpOptions.DefaultDeploymentRoleName };
            set => deploymentRoleName = value;
        }

        /// <summary>Each option and the parameter it comes from, so that an error names the parameter the user typed.</summary>
        public static readonly (string Argument, string Parameter)[] Names =
        {
            (nameof(GuardrailScpOptions.ExemptRoleNames), nameof(ExemptRoleName)),
            (nameof(GuardrailScpOptions.AutomationRoleNames), nameof(AutomationRoleName)),
            (nameof(GuardrailScpOptions.DeniedActions), nameof(DeniedAction)),
            (nameof(GuardrailScpOptions.DeploymentRoleNames), nameof(DeploymentRoleName)),
        };

        /// <summary>The options as given: defaults stay unset, so Core can tell "-JustInTime" from "-JustInTime -ExemptRoleName OSAccess".</summary>
        public GuardrailScpOptions ToOptions() => new GuardrailScpOptions
        {
            ExemptRoleNames = exemptRoleName,
            JustInTime = JustInTime,
            Channel = Channel,
            AutomationRoleNames = AutomationRoleName,
            DeniedActions = DeniedAction,
            ProtectRole = ProtectRole,
            DeploymentRoleNames = deploymentRoleName,
        };
    }
}
