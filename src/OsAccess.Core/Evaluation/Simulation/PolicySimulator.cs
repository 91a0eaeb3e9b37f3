using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.Core.Time;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>
    /// Runs a <see cref="PolicySimulationInput"/>: checks and compiles every input first (so a bad input fails before
    /// anything is produced), then evaluates each action × resource. Each policy must be valid as the type it is passed
    /// as (<see cref="PolicyValidator"/>): a trust policy among the identity policies, or an SCP naming a Principal, would
    /// never be in effect in AWS, so it is refused rather than evaluated.
    /// </summary>
    public static class PolicySimulator
    {
        /// <summary>Throws <see cref="PolicyInputException"/> for an unusable input; otherwise yields one result per action × resource.</summary>
        public static IEnumerable<PolicySimulationResult> Run(PolicySimulationInput input, IClock? clock = null)
        {
            if (input == null) throw new ArgumentNullException(nameof(input));
            var template = Prepare(input, clock ?? SystemClock.Instance);
            return Evaluate(input, template);
        }

        private static IEnumerable<PolicySimulationResult> Evaluate(PolicySimulationInput input, EvaluationRequest template)
        {
            foreach (var action in input.Actions)
            {
                foreach (var resource in input.Resources)
                {
                    yield return new PolicySimulationResult(action, resource, PolicyEvaluator.Evaluate(template.About(action, resource)));
                }
            }
        }

        private static EvaluationRequest Prepare(PolicySimulationInput input, IClock clock)
        {
            const string PolicyFix = "pass each policy's JSON text (Get-Content -Raw), or leave the parameter out.";
            SimulationInputChecks.NoNulls(input.IdentityPolicies, "PolicyInputList", PolicyFix);
            SimulationInputChecks.NoNulls(input.PermissionsBoundaryPolicies, "PermissionsBoundaryPolicyInputList", PolicyFix);
            SimulationInputChecks.NoNulls(input.ServiceControlPolicies, "ServiceControlPolicy", "give the levels root first, each with its Target and Policy.");
            SimulationInputChecks.NoNulls(input.Context, "ContextEntry", "give a hashtable of key = value(s), or leave ContextEntry out.");
            SimulationInputChecks.NoNulls(input.Actions, "ActionName", "name actions such as ssm:StartSession.");
            SimulationInputChecks.Resources(input.Resources);
            if (input.Actions.Count == 0) throw new PolicyInputException("ActionName", "name at least one action, such as ssm:StartSession.");
            foreach (var action in input.Actions)
            {
                if (string.IsNullOrWhiteSpace(action) || action.IndexOf(':') <= 0) throw new PolicyInputException("ActionName", $"\"{action}\" is not an action: write service:Action, e.g. ssm:StartSession.");
            }
            RequestContextBuilder builder;
            try
            {
                builder = new RequestContextBuilder(input.CallerArn);
            }
            catch (FormatException error)
            {
                throw new PolicyInputException("CallerArn", error.Message, default, error);
            }
            builder.WithClock(input.CurrentTime.HasValue ? new FixedClock(input.CurrentTime.Value) : clock);
            foreach (var entry in input.Context)
            {
                entry.Check();
                var values = new string[entry.Values.Count];
                for (var i = 0; i < values.Length; i++) values[i] = entry.Values[i];
                if (entry.IsList) builder.WithList(entry.Key, values);
                else builder.With(entry.Key, values);
            }

            var levels = new List<OrganizationLevel>();
            for (var l = 0; l < input.ServiceControlPolicies.Count; l++)
            {
                var level = input.ServiceControlPolicies[l];
                SimulationInputChecks.NoNulls(level.Policies, $"ServiceControlPolicy level {l + 1} on {level.Target}", PolicyFix);
                var policies = new List<CompiledPolicy>();
                for (var p = 0; p < level.Policies.Count; p++) policies.Add(Compile(level.Policies[p], $"ServiceControlPolicy level {l + 1} policy {p + 1}", PolicyType.ServiceControl, level.Target));
                levels.Add(new OrganizationLevel(level.Target, policies));
            }
            var boundary = new List<CompiledPolicy>();
            for (var i = 0; i < input.PermissionsBoundaryPolicies.Count; i++) boundary.Add(Compile(input.PermissionsBoundaryPolicies[i], $"PermissionsBoundaryPolicyInputList policy {i + 1}", PolicyType.PermissionsBoundary));
            var identity = new List<CompiledPolicy>();
            for (var i = 0; i < input.IdentityPolicies.Count; i++) identity.Add(Compile(input.IdentityPolicies[i], $"PolicyInputList policy {i + 1}", PolicyType.Identity));

            return new EvaluationRequest
            {
                Action = input.Actions[0],
                ResourceAccount = AccountOf(input.ResourceAccount),
                Context = builder.Build(),
                IdentityPolicies = identity,
                PermissionsBoundary = boundary.Count == 0 ? null : CompiledPolicy.Combine("PermissionsBoundaryPolicyInputList", boundary),
                SessionPolicy = input.SessionPolicy == null ? null : Compile(input.SessionPolicy, "SessionPolicy", PolicyType.Session),
                ResourcePolicy = input.ResourcePolicy == null ? null : Compile(input.ResourcePolicy, "ResourcePolicy", ResourcePolicyType(input.Actions)),
                ServiceControlPolicies = levels,
                CallerInManagementAccount = input.CallerInManagementAccount,
            };
        }

        // An account id, or the account of an ARN such as arn:aws:iam::111122223333:root.
        private static string? AccountOf(string? owner)
        {
            if (string.IsNullOrEmpty(owner)) return null;
            var account = owner!.StartsWith("arn:", StringComparison.Ordinal) ? Aws.Arn.AccountOf(owner) : owner;
            if (!Aws.AccountId.IsValid(account))
            {
                throw new PolicyInputException("ResourceOwnerAccount", $"\"{owner}\" names no account: give a 12-digit account id or arn:aws:iam::<account>:root.");
            }
            return account;
        }

        // For sts: actions the resource is a role and its policy the role's trust policy; otherwise a resource-based policy.
        private static PolicyType ResourcePolicyType(IReadOnlyList<string> actions) =>
            actions.Any(a => a.StartsWith("sts:", StringComparison.OrdinalIgnoreCase)) ? PolicyType.Trust : PolicyType.Resource;

        // An SCP's name leaves out where it is attached, which its matched statements carry; errors say it.
        private static CompiledPolicy Compile(string json, string name, PolicyType type, string? target = null)
        {
            var input = target == null ? name : $"{name} on {target}";
            CompiledPolicy policy;
            try
            {
                policy = CompiledPolicy.Parse(json, name);
            }
            catch (PolicyParseException error)
            {
                throw new PolicyInputException(input, error.Reason, error.Position, error);
            }
            var errors = PolicyValidator.Validate(json, type).Where(f => f.Severity == PolicyFindingSeverity.Error).ToList();
            if (errors.Count == 1) throw new PolicyInputException(input, $"not valid as {PolicyTypeRules.Describe(type)}: {errors[0].Message}", errors[0].Position);
            if (errors.Count > 1)
            {
                var each = string.Join(" ", errors.Select(e => e.Position.IsKnown ? $"{e.Message} ({e.Position})" : e.Message));
                throw new PolicyInputException(input, $"not valid as {PolicyTypeRules.Describe(type)}, for {errors.Count} reasons: {each}");
            }
            return policy;
        }
    }
}
