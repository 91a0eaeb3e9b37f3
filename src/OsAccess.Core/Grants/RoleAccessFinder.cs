using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Aws;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// Which of a user's identity policies let them assume a role in member accounts, decided by
    /// <see cref="PolicyEvaluator"/> (docs/grants.md, "Access outside the grants"). The role's trust policy is taken to
    /// admit the hub's principals, as the OSAccess role's does: what is asked is whether the user's own policies, within
    /// their permissions boundary, allow <c>sts:AssumeRole</c> on <c>arn:aws:iam::&lt;account&gt;:role/&lt;role&gt;</c>.
    /// A policy gives the access at an instant when it allows on its own and the user's policies together do not deny.
    /// The instants asked about are now and, around each Date condition on <c>aws:CurrentTime</c> in the user's
    /// policies, the second before, the instant itself and the second after: between them the decision cannot change,
    /// so the window read from them is the window the policies give.
    /// </summary>
    public static class RoleAccessFinder
    {
        public const string CurrentTimeKey = "aws:CurrentTime";

        /// <summary>In a finding's accounts: every account that no policy of the user names.</summary>
        public const string EveryOtherAccount = "*";

        private const string AssumeRole = "sts:AssumeRole";

        /// <summary>
        /// The access each of <paramref name="policies"/> gives, one finding per policy and window. With
        /// <paramref name="accountIds"/> null the accounts asked about are those the policies name, and one account
        /// no policy names standing for every other account: a policy that allows it everywhere asked is reported with
        /// no accounts (every account).
        /// </summary>
        public static IReadOnlyList<UnmanagedAccess> Find(
            string userName, string userArn, IReadOnlyList<IdentityPolicySource> policies, CompiledPolicy? boundary,
            string roleName, IReadOnlyList<string>? accountIds, DateTimeOffset now)
        {
            if (policies.Count == 0) return new UnmanagedAccess[0];
            var caller = CallerIdentity.Parse(userArn);
            var trust = TrustOf(caller.AccountId);
            var all = policies.Select(p => p.Policy).ToList();
            var instants = Instants(all, boundary, now);
            var contexts = instants.Select(t => new RequestContextBuilder(caller).At(t).Build()).ToList();

            var standIn = accountIds == null ? StandIn(NamedAccounts(all)) : null;
            var accounts = (accountIds ?? NamedAccounts(all)).Concat(standIn == null ? new string[0] : new[] { standIn }).Distinct().ToList();

            var found = new List<(IdentityPolicySource Source, string Account, DateTimeOffset? Start, DateTimeOffset? End)>();
            foreach (var account in accounts)
            {
                var resource = $"arn:aws:iam::{account}:role/{roleName}";
                var allowedTogether = contexts.Select(c => Allowed(all, boundary, trust, resource, c)).ToArray();
                if (!allowedTogether.Any(a => a)) continue;
                foreach (var source in policies)
                {
                    var single = new[] { source.Policy };
                    var allowed = contexts.Select((c, i) => allowedTogether[i] && Allowed(single, boundary, trust, resource, c)).ToArray();
                    var window = Window(allowed, instants, now);
                    if (window != null) found.Add((source, account, window.Value.Start, window.Value.End));
                }
            }

            return found
                .GroupBy(f => (f.Source, f.Start, f.End))
                .Select(g => new UnmanagedAccess
                {
                    UserName = userName,
                    AccountIds = AccountsOf(g.Select(f => f.Account).ToList(), accounts, standIn),
                    PolicyName = g.Key.Source.PolicyName,
                    PolicyArn = g.Key.Source.PolicyArn,
                    AttachedTo = g.Key.Source.AttachedTo,
                    NotBefore = g.Key.Start,
                    NotAfter = g.Key.End,
                })
                .ToList();
        }

        /// <summary>
        /// The accounts a finding names: none (every account) when it holds in every account asked about, the stand-in
        /// included; the stand-in shown as <see cref="EveryOtherAccount"/> when it holds there but not in every named one.
        /// </summary>
        private static IReadOnlyList<string> AccountsOf(IReadOnlyList<string> allowed, IReadOnlyList<string> asked, string? standIn)
        {
            if (standIn == null || !allowed.Contains(standIn)) return allowed;
            if (allowed.Count == asked.Count) return new string[0];
            return allowed.Where(a => a != standIn).Concat(new[] { EveryOtherAccount }).ToList();
        }

        private static bool Allowed(IReadOnlyList<CompiledPolicy> identity, CompiledPolicy? boundary, CompiledPolicy trust, string resource, RequestContext context) =>
            PolicyEvaluator.Decide(new EvaluationRequest
            {
                Action = AssumeRole,
                Resource = resource,
                Context = context,
                IdentityPolicies = identity,
                PermissionsBoundary = boundary,
                ResourcePolicy = trust,
            }) == Decision.Allowed;

        /// <summary>
        /// The stretch of allowed instants that holds now, else the next one, else the last one; its bounds are the
        /// condition instants where the decision changes (null where it never does). Null when no instant is allowed.
        /// </summary>
        private static (DateTimeOffset? Start, DateTimeOffset? End)? Window(bool[] allowed, IReadOnlyList<DateTimeOffset> instants, DateTimeOffset now)
        {
            var runs = new List<(int First, int Last)>();
            for (var i = 0; i < allowed.Length; i++)
            {
                if (!allowed[i]) continue;
                var first = i;
                while (i + 1 < allowed.Length && allowed[i + 1]) i++;
                runs.Add((first, i));
            }
            if (runs.Count == 0) return null;
            var current = runs.FindIndex(r => instants[r.Last] >= now);
            var run = runs[current < 0 ? runs.Count - 1 : current];
            DateTimeOffset? start = run.First == 0 ? null : Bound(instants, run.First - 1, run.First);
            DateTimeOffset? end = run.Last == instants.Count - 1 ? null : Bound(instants, run.Last + 1, run.Last);
            return (start, end);
        }

        // Of two neighbouring instants, the one that is a condition's own (a whole second), not the second beside it.
        private static DateTimeOffset Bound(IReadOnlyList<DateTimeOffset> instants, int outside, int inside) =>
            IsConditionInstant(instants, outside) ? instants[outside] : instants[inside];

        private static bool IsConditionInstant(IReadOnlyList<DateTimeOffset> instants, int index) =>
            index > 0 && index < instants.Count - 1
            && instants[index] - instants[index - 1] == TimeSpan.FromSeconds(1)
            && instants[index + 1] - instants[index] == TimeSpan.FromSeconds(1);

        /// <summary>Now, and each aws:CurrentTime Date condition's instant with the seconds either side, in order.</summary>
        internal static IReadOnlyList<DateTimeOffset> Instants(IReadOnlyList<CompiledPolicy> policies, CompiledPolicy? boundary, DateTimeOffset now)
        {
            var instants = new SortedSet<DateTimeOffset> { now };
            foreach (var policy in boundary == null ? policies : policies.Concat(new[] { boundary }))
            {
                foreach (var condition in policy.Document.Statements.SelectMany(s => s.Conditions))
                {
                    if (!string.Equals(condition.Key.Value, CurrentTimeKey, StringComparison.OrdinalIgnoreCase)) continue;
                    if (!ConditionOperator.TryParse(condition.Operator.Value, out var op) || op!.Kind != ConditionOperatorKind.Date) continue;
                    foreach (var value in condition.Values)
                    {
                        if (!ConditionDate.TryRead(value.Text, out var ticks)) continue;
                        var instant = new DateTimeOffset(ticks, TimeSpan.Zero);
                        instants.Add(instant.AddSeconds(-1));
                        instants.Add(instant);
                        instants.Add(instant.AddSeconds(1));
                    }
                }
            }
            return instants.ToList();
        }

        /// <summary>The 12-digit accounts the policies' Resource elements name, in order.</summary>
        internal static IReadOnlyList<string> NamedAccounts(IReadOnlyList<CompiledPolicy> policies) =>
            policies.SelectMany(p => p.Document.Statements)
                .SelectMany(s => s.Resource ?? new PolicyText[0])
                .Select(r => r.Value.Split(new[] { ':' }, 6))
                .Where(parts => parts.Length == 6 && AccountId.IsValid(parts[4]))
                .Select(parts => parts[4])
                .Distinct()
                .OrderBy(a => a, StringComparer.Ordinal)
                .ToList();

        // An account id no policy names.
        private static string StandIn(IReadOnlyList<string> named)
        {
            for (var id = 999999999999L; ; id--)
            {
                var text = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!named.Contains(text)) return text;
            }
        }

        private static CompiledPolicy TrustOf(string hubAccountId) => CompiledPolicy.Parse(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + hubAccountId +
            ":root\"},\"Action\":\"sts:AssumeRole\"}]}", "trust policy admitting the hub");
    }
}
