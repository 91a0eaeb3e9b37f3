using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using OsAccess.Core.Evaluation;
using OsAccess.Differential;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>
    /// The disagreements with iam-simulate that docs/evaluation.md documents, each with the AWS page showing which
    /// side follows AWS. Each one is recognised by rewriting the case so that our engine sees what iam-simulate
    /// sees (e.g. a wildcard principal turned into the caller's ARN); if our decision on the rewritten case equals
    /// iam-simulate's, the disagreement is that documented one. Anything else is undocumented.
    /// </summary>
    internal static class DocumentedDisagreements
    {
        private sealed class Disagreement
        {
            public Disagreement(string name, Func<DifferentialCase, bool> rewrite)
            {
                Name = name;
                Rewrite = rewrite;
            }

            public string Name { get; }

            /// <summary>Rewrites the case in place; false when the case has nothing to rewrite.</summary>
            public Func<DifferentialCase, bool> Rewrite { get; }
        }

        private static readonly Disagreement[] All =
        {
            new Disagreement("resource type compared before variables", ResourceTypeBeforeVariables),
            new Disagreement("wildcard principal taken as naming the caller", WildcardPrincipalNamesCaller),
            new Disagreement("NotIpAddress across IP versions", NotIpAddressAcrossVersions),
            new Disagreement("NotPrincipal exempts without the account", NotPrincipalExemptsLoosely),
        };

        /// <summary>The names of the documented disagreements that explain the difference, or null.</summary>
        public static string? Classify(DifferentialCase @case, string theirs)
        {
            foreach (var one in All)
            {
                var copy = Copy(@case);
                if (one.Rewrite(copy) && Decide(copy) == theirs) return one.Name;
            }
            var all = Copy(@case);
            var applied = All.Where(one => one.Rewrite(all)).Select(one => one.Name).ToArray();
            return applied.Length > 1 && Decide(all) == theirs ? string.Join(" + ", applied) : null;
        }

        private static string Decide(DifferentialCase @case) => PolicyEvaluator.Decide(new DifferentialRequests().Build(@case)).ToString();

        // iam-simulate compares a policy ARN's resource type ("product": the resource part up to the first '/' or
        // ':') literally before substituting variables, so arn:aws:sns:*:*:${aws:username}-topic never matches, and
        // an entry of another type is a plain mismatch even when its variable cannot be resolved.
        private static bool ResourceTypeBeforeVariables(DifferentialCase @case)
        {
            var requestType = ResourceType(@case.Resource);
            return RewriteStatements(@case, statement =>
            {
                var changed = false;
                foreach (var element in new[] { "Resource", "NotResource" })
                {
                    if (!(statement[element] is JsonArray list)) continue;
                    for (var i = 0; i < list.Count; i++)
                    {
                        var pattern = list[i]!.GetValue<string>();
                        if (pattern.IndexOf("${", StringComparison.Ordinal) < 0 || ResourceType(pattern) == requestType) continue;
                        list[i] = "arn:aws:none:::never";
                        changed = true;
                    }
                }
                return changed;
            });
        }

        // iam-simulate lets "*" in a resource policy's Principal count as naming the caller itself, which AWS only
        // grants to a policy naming the user or session ARN (it is then not limited by a permissions boundary).
        private static bool WildcardPrincipalNamesCaller(DifferentialCase @case)
        {
            if (@case.ResourcePolicy == null) return false;
            var document = JsonNode.Parse(@case.ResourcePolicy)!;
            var changed = false;
            foreach (var statement in document["Statement"]!.AsArray().Select(s => s!.AsObject()))
            {
                if (statement["Effect"]!.GetValue<string>() != "Allow") continue;
                var principal = statement["Principal"];
                var wildcard = principal is JsonValue value && value.GetValue<string>() == "*" ||
                    principal?["AWS"] is JsonArray aws && aws.Any(a => a!.GetValue<string>() == "*");
                if (!wildcard) continue;
                statement["Principal"] = new JsonObject { ["AWS"] = @case.Principal };
                changed = true;
            }
            @case.ResourcePolicy = document.ToJsonString();
            return changed;
        }

        // iam-simulate finds NotIpAddress false when the request's address and the policy's blocks are of different
        // IP versions; AWS treats an IPv6 address as outside IPv4 blocks (NotIpAddress true).
        private static bool NotIpAddressAcrossVersions(DifferentialCase @case)
        {
            if (!@case.Extra.TryGetValue("aws:SourceIp", out var ips) || !IPAddress.TryParse(ips[0], out var address)) return false;
            return RewriteStatements(@case, statement =>
            {
                if (!(statement["Condition"] is JsonObject block)) return false;
                var changed = false;
                foreach (var op in block.Select(p => p.Key).ToArray())
                {
                    if (!op.StartsWith("NotIpAddress", StringComparison.Ordinal)) continue;
                    var keys = block[op]!.AsObject();
                    foreach (var key in keys.Select(p => p.Key).ToArray())
                    {
                        if (!string.Equals(key, "aws:SourceIp", StringComparison.OrdinalIgnoreCase)) continue;
                        var values = keys[key] is JsonArray list ? list.Select(v => v!.GetValue<string>()).ToArray() : new[] { keys[key]!.GetValue<string>() };
                        if (values.Any(v => Family(v) == address.AddressFamily)) continue;
                        keys.Remove(key);
                        block["Null"] = new JsonObject { ["aws:SourceIp"] = "true" };
                        changed = true;
                    }
                    if (keys.Count == 0) block.Remove(op);
                }
                return changed;
            });
        }

        // iam-simulate exempts a caller from a Deny with NotPrincipal when any one of its identities is listed (its
        // account, user, role or session). AWS checks the account, then the user or role, then the session, so the
        // caller is exempt only when its account and its user, role or session are all listed.
        private static bool NotPrincipalExemptsLoosely(DifferentialCase @case)
        {
            if (@case.ResourcePolicy == null || @case.Boundary != null) return false;
            var caller = CallerIdentity.Parse(@case.Principal);
            var identities = new[] { caller.AccountId, caller.AccountRootArn, caller.Arn, caller.RoleArn };
            var document = JsonNode.Parse(@case.ResourcePolicy)!;
            var statements = document["Statement"]!.AsArray();
            var changed = false;
            foreach (var statement in statements.Select(s => s!.AsObject()).ToArray())
            {
                if (!(statement["NotPrincipal"]?["AWS"] is JsonArray listed)) continue;
                if (!listed.Any(entry => identities.Contains(entry!.GetValue<string>()))) continue;
                statements.Remove(statement);
                changed = true;
            }
            @case.ResourcePolicy = document.ToJsonString();
            return changed;
        }

        private static AddressFamily Family(string block) =>
            IPAddress.TryParse(block.Split('/')[0], out var network) ? network.AddressFamily : AddressFamily.Unknown;

        private static string ResourceType(string arn)
        {
            var parts = arn.Split(new[] { ':' }, 6);
            if (parts.Length < 6) return arn;
            var resource = parts[5];
            var end = resource.IndexOfAny(new[] { '/', ':' });
            return end < 0 ? resource : resource.Substring(0, end);
        }

        private static bool RewriteStatements(DifferentialCase @case, Func<JsonObject, bool> rewrite)
        {
            var changed = false;
            string Apply(string json)
            {
                var document = JsonNode.Parse(json)!;
                foreach (var statement in document["Statement"]!.AsArray()) changed |= rewrite(statement!.AsObject());
                return document.ToJsonString();
            }
            @case.Identity = @case.Identity.Select(Apply).ToList();
            if (@case.Boundary != null) @case.Boundary = @case.Boundary.Select(Apply).ToList();
            if (@case.ResourcePolicy != null) @case.ResourcePolicy = Apply(@case.ResourcePolicy);
            foreach (var level in @case.Scp) level.Policies = level.Policies.Select(Apply).ToList();
            return changed;
        }

        private static DifferentialCase Copy(DifferentialCase @case) => new DifferentialCase
        {
            Id = @case.Id,
            Identity = new List<string>(@case.Identity),
            Boundary = @case.Boundary == null ? null : new List<string>(@case.Boundary),
            Scp = @case.Scp.Select(l => new DifferentialScpLevel { Target = l.Target, Policies = new List<string>(l.Policies) }).ToList(),
            ResourcePolicy = @case.ResourcePolicy,
            Principal = @case.Principal,
            Action = @case.Action,
            Resource = @case.Resource,
            ResourceAccount = @case.ResourceAccount,
            Extra = @case.Extra,
            CurrentTime = @case.CurrentTime,
        };
    }
}
