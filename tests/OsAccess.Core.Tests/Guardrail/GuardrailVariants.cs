using System.Collections.Generic;
using OsAccess.Core.Guardrail;

namespace OsAccess.Core.Tests.Guardrail
{
    /// <summary>The guardrail's option combinations worth telling apart, each by name.</summary>
    internal static class GuardrailVariants
    {
        public const string AutomationRole = "Patching";

        public static readonly IReadOnlyDictionary<string, GuardrailScpOptions> All = new Dictionary<string, GuardrailScpOptions>
        {
            ["default"] = new GuardrailScpOptions(),
            ["just-in-time"] = new GuardrailScpOptions { JustInTime = true },
            ["migrating"] = new GuardrailScpOptions { JustInTime = true, ExemptRoleNames = new[] { "OSAccess" } },
            ["two-exempt"] = new GuardrailScpOptions { ExemptRoleNames = new[] { "OSAccess", "BreakGlass" } },
            ["all"] = new GuardrailScpOptions { Channel = GuardrailChannel.All },
            ["all-automation"] = new GuardrailScpOptions { Channel = GuardrailChannel.All, AutomationRoleNames = new[] { AutomationRole } },
            ["protect"] = new GuardrailScpOptions { ProtectRole = true },
            ["all-automation-protect"] = new GuardrailScpOptions { Channel = GuardrailChannel.All, AutomationRoleNames = new[] { AutomationRole }, ProtectRole = true },
            ["migrating-all-automation-protect"] = new GuardrailScpOptions
            {
                JustInTime = true, ExemptRoleNames = new[] { "OSAccess" }, Channel = GuardrailChannel.All, AutomationRoleNames = new[] { AutomationRole }, ProtectRole = true,
                DeploymentRoleNames = new[] { "OrganizationAccountAccessRole", "AWSControlTowerExecution" },
            },
            ["denied-action"] = new GuardrailScpOptions { DeniedActions = new[] { "ec2:ModifyInstanceAttribute" } },
        };
    }
}
