using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Aws;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Evaluation.Simulation;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>
    /// Decides, account by account and with the evaluation engine over every SCP on the account's path (not only the
    /// guardrail, and not by reading their text), whether the guardrail holds:
    /// <list type="number">
    /// <item>a principal that is not exempt, with AdministratorAccess, is denied every channel the guardrail closes;</item>
    /// <item>the exempt roles' sessions are denied none of them, and the automation roles none of the automation channels;</item>
    /// <item>with -ProtectRole, such a principal cannot create or change the protected roles, and the deployment roles can;</item>
    /// <item>the management account is one no SCP covers (informational; an error when people's IAM users live there).</item>
    /// </list>
    /// Each SCP is compiled once, however many accounts it is attached above.
    /// </summary>
    public sealed class GuardrailChecker
    {
        private static readonly CompiledPolicy AdministratorAccess = CompiledPolicy.Parse(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}", "AdministratorAccess");

        private readonly GuardrailCheckOptions options;
        private readonly ResolvedGuardrailOptions guardrail;
        private readonly IReadOnlyList<string> channels;
        private readonly string probeRole;
        private readonly Dictionary<string, (string Content, CompiledPolicy Policy)> compiled = new Dictionary<string, (string, CompiledPolicy)>(StringComparer.Ordinal);

        /// <summary>Throws <see cref="ArgumentException"/> for a principal ARN that cannot be tested.</summary>
        public GuardrailChecker(GuardrailCheckOptions options)
        {
            this.options = options ?? throw new ArgumentNullException(nameof(options));
            guardrail = options.Guardrail;
            channels = guardrail.OsAccessActions.Concat(guardrail.AutomationActions).ToList();
            probeRole = ProbeRoleName(guardrail);
            foreach (var arn in options.PrincipalArns) CheckPrincipalArn(arn);
        }

        /// <summary>One result per account, in the order given.</summary>
        public IEnumerable<OSAccessScpResult> CheckAll(IEnumerable<AccountScpPath> accounts)
        {
            foreach (var account in accounts) yield return Check(account);
        }

        /// <summary>
        /// The findings for one account. Throws <see cref="PolicyInputException"/> naming the policy when an SCP's content
        /// cannot be evaluated.
        /// </summary>
        public OSAccessScpResult Check(AccountScpPath account)
        {
            var findings = new List<OSAccessScpFinding>();
            var hub = options.HubAccountIds.Contains(account.AccountId);
            if (account.IsManagementAccount)
            {
                if (hub)
                {
                    findings.Add(new OSAccessScpFinding(ScpFindingRules.HubAccountNotCovered,
                        $"The hub account {account.AccountId}, where people's IAM users live, is the organization's management account, which SCPs never cover.",
                        "Keep people's IAM users in a member account the guardrail covers.", Array.Empty<string>(), null, null));
                }
                findings.Add(new OSAccessScpFinding(ScpFindingRules.ManagementAccount,
                    "SCPs never apply to the management account: no SCP keeps anyone off its instances.",
                    "Keep instances out of the management account, and control who may sign in to it with IAM.", Array.Empty<string>(), null, null));
                return new OSAccessScpResult(account, findings, options.Strict);
            }

            var path = new AccountEvaluation(this, account);
            var admins = PrincipalsFor(account.AccountId);
            CheckAdministrators(path, admins, hub, findings);
            CheckKeepers(path, findings);
            CheckRoleChanges(path, admins, findings);
            return new OSAccessScpResult(account, findings, options.Strict);
        }

        // 1. Not exempt, AdministratorAccess: denied every channel the guardrail closes.
        private void CheckAdministrators(AccountEvaluation path, IReadOnlyList<(string Caller, string Shown)> admins, bool hub, List<OSAccessScpFinding> findings)
        {
            foreach (var (caller, shown) in admins)
            {
                var allowed = channels.Where(action => path.Decide(caller, action, ChannelProbe.Resource(action, path.AccountId, options.Region)) == Decision.Allowed).ToList();
                if (allowed.Count == 0) continue;
                var rule = hub ? ScpFindingRules.HubAccountNotCovered : ScpFindingRules.AdminNotDenied;
                var what = $"{shown} (not exempt, with AdministratorAccess) may {Describe(allowed)} on the account's instances: no SCP on the path denies {(allowed.Count == 1 ? "it" : "them")}.";
                findings.Add(new OSAccessScpFinding(rule, hub ? "The hub account, where people's IAM users live, is not covered: " + what : what,
                    "Attach the guardrail SCP (New-OSAccessScpDocument, with the same options) to the account or an OU above it.", allowed, shown, null));
            }
        }

        // 2. Exempt roles keep every channel; automation roles keep the automation channels.
        private void CheckKeepers(AccountEvaluation path, List<OSAccessScpFinding> findings)
        {
            foreach (var role in guardrail.ExemptRoleNames)
            {
                AddDenials(path, ScpFindingRules.ExemptRoleDenied, role, "exempt role", channels, action => ChannelProbe.Resource(action, path.AccountId, options.Region), findings);
            }
            foreach (var role in guardrail.AutomationRoleNames)
            {
                AddDenials(path, ScpFindingRules.AutomationRoleDenied, role, "automation role", guardrail.AutomationActions, action => ChannelProbe.Resource(action, path.AccountId, options.Region), findings);
            }
        }

        // 3. Who may create or change the roles whose names grant OS access.
        private void CheckRoleChanges(AccountEvaluation path, IReadOnlyList<(string Caller, string Shown)> admins, List<OSAccessScpFinding> findings)
        {
            var roles = guardrail.ProtectRole ? guardrail.ProtectedRoleNames : guardrail.ExemptRoleNames;
            foreach (var (caller, shown) in admins)
            {
                foreach (var role in roles)
                {
                    var arn = ChannelProbe.RoleArn(path.AccountId, role);
                    var allowed = GuardrailChannels.RoleChanges.Where(action => path.Decide(caller, action, arn) == Decision.Allowed).ToList();
                    if (allowed.Count == 0) continue;
                    findings.Add(guardrail.ProtectRole
                        ? new OSAccessScpFinding(ScpFindingRules.ExemptRoleUnprotected,
                            $"{shown} may {Describe(allowed)} on role {role}, and so could make themselves {role}.",
                            "Attach the guardrail SCP built with -ProtectRole to the account or an OU above it.", allowed, shown, null)
                        : new OSAccessScpFinding(ScpFindingRules.ExemptRoleUnguarded,
                            $"{shown} may {Describe(allowed)} on role {role}: whoever creates or re-trusts a role named {role} gets OS access.",
                            "Build the guardrail with -ProtectRole.", allowed, shown, null));
                }
            }
            if (!guardrail.ProtectRole) return;
            foreach (var deployment in guardrail.DeploymentRoleNames)
            {
                foreach (var role in guardrail.ProtectedRoleNames)
                {
                    var arn = ChannelProbe.RoleArn(path.AccountId, role);
                    AddDenials(path, ScpFindingRules.DeploymentRoleDenied, deployment, "deployment role", GuardrailChannels.RoleChanges, _ => arn, findings, role);
                }
            }
        }

        /// <summary>A finding per SCP statement (or level) that denies <paramref name="role"/>'s sessions any of <paramref name="actions"/>.</summary>
        private void AddDenials(AccountEvaluation path, ScpFindingRule rule, string role, string kind, IReadOnlyList<string> actions, Func<string, string> resource,
            List<OSAccessScpFinding> findings, string? onRole = null)
        {
            var caller = ChannelProbe.SessionArn(path.AccountId, role);
            var denials = new List<(string Action, ScpDecidingStatement? By)>();
            foreach (var action in actions)
            {
                if (path.Decide(caller, action, resource(action)) != Decision.Allowed) denials.Add((action, path.Explain(caller, action, resource(action))));
            }
            foreach (var group in denials.GroupBy(d => d.By?.ToString() ?? string.Empty))
            {
                var denied = group.Select(d => d.Action).ToList();
                var by = group.First().By;
                var target = onRole == null ? string.Empty : $" on role {onRole}";
                var consequence = onRole == null
                    ? $"so OS access through {role} fails here"
                    : $"so deployments cannot create or update {onRole} here";
                string message;
                string remedy;
                if (by?.PolicyName != null)
                {
                    message = $"{by.PolicyText} attached to {by.TargetName} denies the {kind} {role} {Describe(denied)}{target} ({by.StatementText}), {consequence}.";
                    remedy = $"Exempt {ResolvedGuardrailOptions.RoleArnPattern(role)} in that statement (ArnNotLike on aws:PrincipalArn), or detach {by.PolicyName} from {by.TargetName}.";
                }
                else
                {
                    var where = by?.TargetName ?? "a level of the path";
                    message = $"No SCP attached to {where} allows {Describe(denied)}{target}, and every level of the path must, {consequence} (the {kind} {role}).";
                    remedy = $"Attach FullAWSAccess, or an SCP that allows {(denied.Count == 1 ? "it" : "them")}, to {where}.";
                }
                findings.Add(new OSAccessScpFinding(rule, message, remedy, denied, ResolvedGuardrailOptions.RoleArnPattern(role).Replace("*", path.AccountId), by));
            }
        }

        private IReadOnlyList<(string Caller, string Shown)> PrincipalsFor(string accountId)
        {
            var chosen = new List<(string, string)>();
            foreach (var pattern in options.PrincipalArns)
            {
                if (!Arn.TryParse(pattern, out var parts)) continue;
                if (parts.Account != "*" && parts.Account != accountId) continue;
                var arn = parts.Account == "*" ? $"arn:{parts.Partition}:{parts.Service}::{accountId}:{parts.Resource}" : pattern;
                chosen.Add((arn, arn));
            }
            if (chosen.Count == 0) chosen.Add((ChannelProbe.SessionArn(accountId, probeRole), ChannelProbe.RoleArn(accountId, probeRole)));
            return chosen;
        }

        private static void CheckPrincipalArn(string arn)
        {
            var problem = $"'{arn}' is not a principal to test: give a user, role or assumed-role ARN, with an account id or * for every account, e.g. arn:aws:iam::*:role/PowerUser.";
            if (!Arn.TryParse(arn, out var parts) || (parts.Account != "*" && !AccountId.IsValid(parts.Account))) throw new ArgumentException(problem, nameof(GuardrailCheckOptions.PrincipalArns));
            try
            {
                var caller = CallerIdentity.Parse(parts.Account == "*" ? arn.Replace("::*:", "::111111111111:") : arn);
                if (caller.Kind != CallerKind.User && caller.Kind != CallerKind.Role && caller.Kind != CallerKind.AssumedRole) throw new FormatException();
            }
            catch (FormatException)
            {
                throw new ArgumentException(problem, nameof(GuardrailCheckOptions.PrincipalArns));
            }
        }

        /// <summary>A role name for the built-in administrator that no option names.</summary>
        private static string ProbeRoleName(ResolvedGuardrailOptions guardrail)
        {
            var taken = new HashSet<string>(guardrail.ExemptRoleNames.Concat(guardrail.AutomationRoleNames).Concat(guardrail.DeploymentRoleNames), StringComparer.OrdinalIgnoreCase);
            var name = "Admin";
            for (var i = 2; taken.Contains(name); i++) name = "Admin" + i;
            return name;
        }

        private static string Describe(IReadOnlyList<string> actions) => actions.Count switch
        {
            1 => actions[0],
            2 => $"{actions[0]} and {actions[1]}",
            3 => $"{actions[0]}, {actions[1]} and {actions[2]}",
            _ => $"{actions[0]}, {actions[1]} and {actions.Count - 2} more",
        };

        private CompiledPolicy Compile(ServiceControlPolicy policy, ScpLevel level)
        {
            if (compiled.TryGetValue(policy.Id, out var known) && string.Equals(known.Content, policy.Content, StringComparison.Ordinal)) return known.Policy;
            CompiledPolicy result;
            try
            {
                result = CompiledPolicy.Parse(policy.Content, policy.Id);
            }
            catch (PolicyParseException error)
            {
                throw new PolicyInputException($"SCP {policy} attached to {level}", error.Reason, error.Position, error);
            }
            compiled[policy.Id] = (policy.Content, result);
            return result;
        }

        /// <summary>One account's SCP path compiled, and the questions asked about it.</summary>
        private sealed class AccountEvaluation
        {
            private readonly GuardrailChecker checker;
            private readonly IReadOnlyList<OrganizationLevel> levels;
            private readonly AccountScpPath account;

            public AccountEvaluation(GuardrailChecker checker, AccountScpPath account)
            {
                this.checker = checker;
                this.account = account;
                var compiledLevels = new List<OrganizationLevel>();
                foreach (var level in account.ScpDisabled ? Array.Empty<ScpLevel>() : account.Levels)
                {
                    compiledLevels.Add(new OrganizationLevel(level.TargetId, level.Policies.Select(p => checker.Compile(p, level)).ToList()));
                }
                levels = compiledLevels;
            }

            public string AccountId => account.AccountId;

            public Decision Decide(string caller, string action, string resource) => PolicyEvaluator.Decide(Request(caller, action, resource));

            public ScpDecidingStatement? Explain(string caller, string action, string resource)
            {
                var result = PolicyEvaluator.Evaluate(Request(caller, action, resource));
                var deny = result.MatchedStatements.FirstOrDefault(m => m.Kind == PolicyKind.ServiceControl && m.Effect == PolicyEffect.Deny);
                if (deny != null)
                {
                    var level = account.Levels.First(l => l.TargetId == deny.OrganizationTarget);
                    return new ScpDecidingStatement(level, level.Policies.First(p => p.Id == deny.PolicyName), deny.StatementNumber, deny.Sid);
                }
                var notAllowing = account.Levels.FirstOrDefault(l => l.TargetId == result.OrganizationLevelNotAllowing);
                return notAllowing == null ? null : new ScpDecidingStatement(notAllowing, null, null, null);
            }

            private EvaluationRequest Request(string caller, string action, string resource) => new EvaluationRequest
            {
                Action = action,
                Resource = resource,
                Context = new RequestContextBuilder(caller).WithClock(checker.options.Clock).With("aws:RequestedRegion", checker.options.Region).Build(),
                IdentityPolicies = new[] { AdministratorAccess },
                ServiceControlPolicies = levels,
            };
        }
    }
}
