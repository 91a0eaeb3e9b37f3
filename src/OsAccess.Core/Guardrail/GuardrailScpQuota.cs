using System;
using System.Collections.Generic;
using System.Globalization;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// What to do with a guardrail SCP over the SCP size quota (<see cref="PolicySizeLimits.ServiceControl"/>, every character
    /// sent counted; OsAccess sends it minified): what each option costs, and which one to drop. <see cref="DocumentQuota"/>
    /// asks for it before the document leaves OsAccess.
    /// </summary>
    internal static class GuardrailScpQuota
    {
        public static string Advice(GuardrailScpOptions options, BuiltPolicyDocument scp, PolicySizeLimit quota)
        {
            var limit = quota.RaisableTo ?? quota.Limit ?? int.MaxValue;
            var costs = new List<(string Option, int Saves)>();
            foreach (var (option, without) in Droppable(options))
            {
                int smaller;
                try
                {
                    smaller = Size(GuardrailScpBuilder.Build(without));
                }
                catch (ArgumentException)
                {
                    continue; // dropping it alone leaves options that do not go together
                }
                costs.Add((option, scp.Size - smaller));
            }

            var enough = costs.FindAll(c => scp.Size - c.Saves <= limit);
            string drop;
            if (enough.Count > 0)
            {
                drop = "Drop " + (enough.Count == 1 ? string.Empty : "one of ") + string.Join(", ", enough.ConvertAll(c => $"{c.Option} (to {N(scp.Size - c.Saves)} characters)")) + ".";
            }
            else if (costs.Count > 0)
            {
                costs.Sort((a, b) => b.Saves.CompareTo(a.Saves));
                drop = $"No one option is enough; {costs[0].Option} costs most ({N(costs[0].Saves)} characters).";
            }
            else
            {
                drop = "Exempt fewer roles.";
            }
            return drop + " OsAccess already sends it without white space; otherwise deny fewer actions in one SCP (a wildcard such as ssm:Start* counts once), or split the denied actions over two guardrail SCPs " +
                $"attached to the same root, OU or account (up to {PolicyAttachmentLimits.ServiceControlPoliciesPerTarget} SCPs may be attached to each).";
        }

        private static int Size(PolicyDocument document) => new BuiltPolicyDocument("GuardrailScp", PolicyType.ServiceControl, document).Size;

        // Each option the author could drop or shorten, and the options without it: what they added first, the protections last.
        private static IEnumerable<(string Option, GuardrailScpOptions Without)> Droppable(GuardrailScpOptions options)
        {
            if (options.DeniedActions.Count > 0) yield return ("-DeniedAction", options with { DeniedActions = Array.Empty<string>() });
            if (options.AutomationRoleNames.Count > 0) yield return ("-AutomationRoleName", options with { AutomationRoleNames = Array.Empty<string>() });
            if (options.ProtectRole) yield return ("-ProtectRole", options with { ProtectRole = false, DeploymentRoleNames = null });
            if (options.DeploymentRoleNames is { Count: > 1 }) yield return ("some of -DeploymentRoleName", options with { DeploymentRoleNames = new[] { options.DeploymentRoleNames[0] } });
            if (options.ExemptRoleNames is { Count: > 1 }) yield return ("some of -ExemptRoleName", options with { ExemptRoleNames = new[] { options.ExemptRoleNames[0] } });
            if (options.Channel == GuardrailChannel.All && options.AutomationRoleNames.Count == 0) yield return ("-Channel All", options with { Channel = GuardrailChannel.Session });
        }

        private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
