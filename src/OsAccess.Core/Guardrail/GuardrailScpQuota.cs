using System;
using System.Collections.Generic;
using System.Globalization;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// Keeps the guardrail within the SCP size quota (<see cref="PolicySizeLimits.ServiceControl"/>). Over it, the error
    /// says what each option costs and which one to drop, before anything is written anywhere.
    /// </summary>
    internal static class GuardrailScpQuota
    {
        public static void Check(GuardrailScpOptions options, PolicyDocument document)
        {
            var quota = PolicySizeLimits.ServiceControl;
            var limit = quota.Limit!.Value;
            var size = Size(document);
            if (size <= limit) return;

            var costs = new List<(string Option, int Saves)>();
            foreach (var (option, without) in Droppable(options))
            {
                int smaller;
                try
                {
                    smaller = Size(GuardrailScpBuilder.Build(without.Resolve()));
                }
                catch (ArgumentException)
                {
                    continue; // dropping it alone leaves options that do not go together
                }
                costs.Add((option, size - smaller));
            }
            string advice;
            var enough = costs.FindAll(c => size - c.Saves <= limit);
            if (enough.Count > 0)
            {
                advice = "drop " + (enough.Count == 1 ? string.Empty : "one of ") + string.Join(", ", enough.ConvertAll(c => $"{c.Option} (to {N(size - c.Saves)} characters)"));
            }
            else if (costs.Count > 0)
            {
                costs.Sort((a, b) => b.Saves.CompareTo(a.Saves));
                advice = $"no one option is enough; {costs[0].Option} costs most ({N(costs[0].Saves)} characters)";
            }
            else
            {
                advice = "name fewer roles";
            }
            throw new ArgumentException(
                $"The guardrail SCP would be {N(size)} characters, over the {N(limit)} an SCP may hold ({quota.QuotaName}, {quota.Source}): {advice}.",
                "options");
        }

        private static int Size(PolicyDocument document) => PolicySizeCounter.Measure(document, PolicyType.ServiceControl).Minified!.Value;

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
