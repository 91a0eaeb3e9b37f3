using System.Collections.Generic;
using OsAccess.Core.Aws;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Roles
{
    /// <summary>Who a trust policy lets in beyond the hub account: principals of other accounts, services, everyone.</summary>
    internal static class TrustScope
    {
        /// <summary>The principals of Allow statements that are not in <paramref name="hubAccountId"/>; empty when none.</summary>
        public static IReadOnlyList<string> BeyondHub(string? trustJson, string hubAccountId)
        {
            var beyond = new List<string>();
            if (trustJson == null || !PolicyParser.TryParse(trustJson, out var document, out _))
            {
                return beyond;
            }

            foreach (var statement in document!.Statements)
            {
                if (statement.EffectValue != PolicyEffect.Allow)
                {
                    continue;
                }

                if (statement.NotPrincipal != null || statement.Principal?.IsWildcard == true)
                {
                    beyond.Add("*");
                    continue;
                }

                foreach (var entry in statement.Principal?.Entries ?? new PrincipalEntry[0])
                {
                    foreach (var value in entry.Values)
                    {
                        var text = value.Value;
                        var inHub = entry.Type.Value == "AWS" && (text == hubAccountId || Arn.AccountOf(text) == hubAccountId);
                        if (!inHub)
                        {
                            beyond.Add(text);
                        }
                    }
                }
            }

            return beyond;
        }
    }
}
