using System;
using System.Collections.Generic;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// The guardrail SCP as its author describes it: who keeps OS access, which channels close, whether the exempt roles are
    /// protected. The same options make the document for review (New-OSAccessScpDocument) and the one published, so what was
    /// reviewed is what is published. <see cref="Resolve"/> checks them and works out what they mean.
    /// </summary>
    public sealed record GuardrailScpOptions
    {
        /// <summary>The role OS access runs as in member accounts (the original design).</summary>
        public const string OsAccessRoleName = "OSAccess";

        /// <summary>The role Systems Manager just-in-time node access runs sessions as.</summary>
        public const string JustInTimeRoleName = "SSM-JustInTimeAccessTokenRole";

        /// <summary>The role Organizations creates in the accounts it creates, trusted by the management account.</summary>
        public const string DefaultDeploymentRoleName = "OrganizationAccountAccessRole";

        /// <summary>The action the original design's SCP denies.</summary>
        public const string StartSessionAction = GuardrailChannels.StartSession;

        /// <summary>
        /// Roles (by name, in any account) that keep OS access. Null: <c>OSAccess</c>, or none when <see cref="JustInTime"/>
        /// is set (which exempts the just-in-time role instead). Given together with <see cref="JustInTime"/>, both models are
        /// exempt, as while migrating from one to the other.
        /// </summary>
        public IReadOnlyList<string>? ExemptRoleNames { get; init; }

        /// <summary>Exempt <see cref="JustInTimeRoleName"/>.</summary>
        public bool JustInTime { get; init; }

        /// <summary>Which ways onto the OS close. Default: <see cref="GuardrailChannel.Session"/>.</summary>
        public GuardrailChannel Channel { get; init; } = GuardrailChannel.Session;

        /// <summary>Roles that keep only the automation channels (Run Command, associations, automation); needs <see cref="GuardrailChannel.All"/>.</summary>
        public IReadOnlyList<string> AutomationRoleNames { get; init; } = Array.Empty<string>();

        /// <summary>More actions denied to everyone but the exempt roles, besides the channel's.</summary>
        public IReadOnlyList<string> DeniedActions { get; init; } = Array.Empty<string>();

        /// <summary>Deny creating, changing, re-trusting, tagging and deleting the exempt roles to all but the deployment roles.</summary>
        public bool ProtectRole { get; init; }

        /// <summary>Roles that may still change the protected roles (null: <see cref="DefaultDeploymentRoleName"/>); needs <see cref="ProtectRole"/>.</summary>
        public IReadOnlyList<string>? DeploymentRoleNames { get; init; }

        /// <summary>Checks the options; throws <see cref="ArgumentException"/> whose ParamName is the option at fault and whose message says the fix.</summary>
        public ResolvedGuardrailOptions Resolve() => ResolvedGuardrailOptions.From(this);
    }
}
