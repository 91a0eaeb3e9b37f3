using System.Collections.Generic;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>Every finding the guardrail checks report. Ids are stable: scripts and CI suites may match on them.</summary>
    public static class ScpFindingRules
    {
        public static readonly ScpFindingRule AdminNotDenied = new("AdminNotDenied", ScpFindingSeverity.Error,
            "A principal that is not exempt, with AdministratorAccess, may get onto the account's instances.");

        public static readonly ScpFindingRule HubAccountNotCovered = new("HubAccountNotCovered", ScpFindingSeverity.Error,
            "The account where people's IAM users live is not covered by the guardrail.");

        public static readonly ScpFindingRule ExemptRoleDenied = new("ExemptRoleDenied", ScpFindingSeverity.Error,
            "An SCP on the path denies an exempt role a channel, which breaks OS access through it.");

        public static readonly ScpFindingRule AutomationRoleDenied = new("AutomationRoleDenied", ScpFindingSeverity.Error,
            "An SCP on the path denies an automation role an automation channel.");

        public static readonly ScpFindingRule ExemptRoleUnprotected = new("ExemptRoleUnprotected", ScpFindingSeverity.Error,
            "With -ProtectRole, a member-account administrator may still create or change a protected role.");

        public static readonly ScpFindingRule DeploymentRoleDenied = new("DeploymentRoleDenied", ScpFindingSeverity.Warning,
            "An SCP on the path denies the deployment role a change to a protected role, so deployments fail.");

        public static readonly ScpFindingRule ExemptRoleUnguarded = new("ExemptRoleUnguarded", ScpFindingSeverity.Information,
            "Without -ProtectRole, a member-account administrator may create or change an exempt role and so get OS access.");

        public static readonly ScpFindingRule ManagementAccount = new("ManagementAccount", ScpFindingSeverity.Information,
            "SCPs never apply to the management account.");

        public static IReadOnlyList<ScpFindingRule> All { get; } = new[]
        {
            AdminNotDenied, HubAccountNotCovered, ExemptRoleDenied, AutomationRoleDenied, ExemptRoleUnprotected, DeploymentRoleDenied,
            ExemptRoleUnguarded, ManagementAccount,
        };
    }
}
