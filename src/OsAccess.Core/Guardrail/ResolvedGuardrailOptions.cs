using System;
using System.Collections.Generic;
using OsAccess.Core.Aws;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// <see cref="GuardrailScpOptions"/> checked and worked out: the roles of each kind and the actions of each statement.
    /// What the SCP builder writes and what the guardrail checks test, so both read the options one way.
    /// </summary>
    public sealed class ResolvedGuardrailOptions
    {
        private ResolvedGuardrailOptions(GuardrailScpOptions options, IReadOnlyList<string> exempt, IReadOnlyList<string> automation,
            IReadOnlyList<string> deployment, IReadOnlyList<string> osAccessActions, IReadOnlyList<string> automationActions)
        {
            Options = options;
            ExemptRoleNames = exempt;
            AutomationRoleNames = automation;
            DeploymentRoleNames = deployment;
            OsAccessActions = osAccessActions;
            AutomationActions = automationActions;
        }

        public GuardrailScpOptions Options { get; }

        public GuardrailChannel Channel => Options.Channel;

        public bool ProtectRole => Options.ProtectRole;

        /// <summary>Roles that keep every channel.</summary>
        public IReadOnlyList<string> ExemptRoleNames { get; }

        /// <summary>Roles that keep only <see cref="AutomationActions"/>.</summary>
        public IReadOnlyList<string> AutomationRoleNames { get; }

        /// <summary>Roles that may change the protected roles; empty without <see cref="ProtectRole"/>.</summary>
        public IReadOnlyList<string> DeploymentRoleNames { get; }

        /// <summary>Actions denied to everyone but the exempt roles.</summary>
        public IReadOnlyList<string> OsAccessActions { get; }

        /// <summary>Actions denied to everyone but the exempt and automation roles; empty without automation roles.</summary>
        public IReadOnlyList<string> AutomationActions { get; }

        /// <summary>
        /// The roles <see cref="ProtectRole"/> guards: the exempt and automation roles, whose names grant OS access, and the
        /// deployment roles, since whoever can re-trust a deployment role can become it and change the others.
        /// </summary>
        public IReadOnlyList<string> ProtectedRoleNames
        {
            get
            {
                if (!ProtectRole) return Array.Empty<string>();
                var names = new List<string>();
                AddDistinct(names, ExemptRoleNames);
                AddDistinct(names, AutomationRoleNames);
                AddDistinct(names, DeploymentRoleNames);
                return names;
            }
        }

        /// <summary>The pattern of a role name in every account, as the SCP writes it for <c>aws:PrincipalArn</c> and resources.</summary>
        public static string RoleArnPattern(string roleName) => $"arn:aws:iam::*:role/{roleName}";

        internal static ResolvedGuardrailOptions From(GuardrailScpOptions options)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            var exempt = new List<string>();
            if (options.ExemptRoleNames != null) AddRoles(exempt, options.ExemptRoleNames, nameof(GuardrailScpOptions.ExemptRoleNames));
            else if (!options.JustInTime) exempt.Add(GuardrailScpOptions.OsAccessRoleName);
            if (options.JustInTime) AddDistinct(exempt, new[] { GuardrailScpOptions.JustInTimeRoleName });
            if (exempt.Count == 0)
            {
                throw new ArgumentException("name at least one exempt role (or use -JustInTime): an SCP that exempts nobody would block OS access for everyone.", nameof(GuardrailScpOptions.ExemptRoleNames));
            }

            var automation = new List<string>();
            AddRoles(automation, options.AutomationRoleNames, nameof(GuardrailScpOptions.AutomationRoleNames));
            if (automation.Count > 0 && options.Channel != GuardrailChannel.All)
            {
                throw new ArgumentException("the roles it names keep Run Command, associations and automation, which only -Channel All closes: add -Channel All, or drop -AutomationRoleName.", nameof(GuardrailScpOptions.AutomationRoleNames));
            }
            foreach (var name in automation)
            {
                if (Contains(exempt, name))
                {
                    throw new ArgumentException($"'{name}' is also an exempt role, which keeps every channel already: name it in only one of -ExemptRoleName and -AutomationRoleName.", nameof(GuardrailScpOptions.AutomationRoleNames));
                }
            }

            var deployment = new List<string>();
            if (options.DeploymentRoleNames != null)
            {
                if (!options.ProtectRole)
                {
                    throw new ArgumentException("it names who may still change the exempt roles, which only -ProtectRole guards: add -ProtectRole, or drop -DeploymentRoleName.", nameof(GuardrailScpOptions.DeploymentRoleNames));
                }
                AddRoles(deployment, options.DeploymentRoleNames, nameof(GuardrailScpOptions.DeploymentRoleNames));
                if (deployment.Count == 0)
                {
                    throw new ArgumentException("name at least one role that may still create and change the exempt roles, or nobody could deploy them.", nameof(GuardrailScpOptions.DeploymentRoleNames));
                }
            }
            else if (options.ProtectRole)
            {
                deployment.Add(GuardrailScpOptions.DefaultDeploymentRoleName);
            }

            var channelActions = GuardrailChannels.Of(options.Channel);
            var osAccessActions = new List<string>();
            var automationActions = new List<string>();
            foreach (var action in channelActions)
            {
                if (automation.Count > 0 && Contains(GuardrailChannels.Automation, action)) automationActions.Add(action);
                else osAccessActions.Add(action);
            }
            foreach (var action in options.DeniedActions)
            {
                var problem = ActionFormat.Problem(action);
                if (problem != null)
                {
                    throw new ArgumentException($"\"{action}\" is not an action the SCP can deny: {problem}.", nameof(GuardrailScpOptions.DeniedActions));
                }
                if (!Contains(osAccessActions, action) && !Contains(automationActions, action)) osAccessActions.Add(action);
            }
            return new ResolvedGuardrailOptions(options, exempt, automation, deployment, osAccessActions, automationActions);
        }

        private static void AddRoles(List<string> into, IReadOnlyList<string> names, string parameter)
        {
            foreach (var name in names)
            {
                AddDistinct(into, new[] { RoleName.Require(name, parameter) });
            }
        }

        // Role names are unique in an account regardless of case, and ARNs keep the case the role was created with.
        private static void AddDistinct(List<string> into, IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                if (!Contains(into, name)) into.Add(name);
            }
        }

        private static bool Contains(IEnumerable<string> names, string name)
        {
            foreach (var existing in names)
            {
                if (string.Equals(existing, name, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
