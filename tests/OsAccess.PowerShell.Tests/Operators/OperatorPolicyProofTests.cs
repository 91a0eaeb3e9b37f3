using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OsAccess.Aws.Permissions;
using OsAccess.Core.Policy;
using OsAccess.Workflows.Operators;

namespace OsAccess.PowerShell.Tests.Operators
{
    /// <summary>
    /// The operator policies are sufficient and minimal: each task's cmdlets work for operators holding exactly the task's
    /// policy, call nothing their declaration lacks, and without any one action of it at least one of them is refused.
    /// </summary>
    public sealed class OperatorPolicyProofTests : IClassFixture<OperatorWorld>
    {
        private readonly OperatorWorld world;

        public OperatorPolicyProofTests(OperatorWorld world) => this.world = world;

        public static TheoryData<OperatorTask> Tasks() => new TheoryData<OperatorTask>(Enum.GetValues<OperatorTask>());

        public static TheoryData<OperatorTask, OperatorAccountKind, string> Actions()
        {
            var data = new TheoryData<OperatorTask, OperatorAccountKind, string>();
            foreach (var task in Enum.GetValues<OperatorTask>())
            {
                foreach (var kind in Enum.GetValues<OperatorAccountKind>())
                {
                    foreach (var action in OperatorPolicyBuilder.Actions(task, kind)) data.Add(task, kind, action);
                }
            }
            return data;
        }

        [Theory]
        [MemberData(nameof(Tasks))]
        public async Task EveryCmdletOfATaskWorksWithExactlyItsPolicyAndCallsOnlyWhatItDeclares(OperatorTask task)
        {
            await world.PrepareAsync(Policies(task));

            var scenario = await OperatorScenario.RunAsync(world, task, strict: true);

            Assert.All(scenario.Steps, step => Assert.True(step.Failures.Count == 0, step.Script + ": " + string.Join("\n", step.Failures)));
            foreach (var step in scenario.Steps)
            {
                var declared = step.Cmdlets.SelectMany(c => c.Needs).SelectMany(n => OperationActions.For(n.Operation).Select(a => (n.Account, a))).ToHashSet();
                Assert.True(step.Authorised.All(declared.Contains),
                    step.Script + " was authorised for what its cmdlets do not declare: " + string.Join(", ", step.Authorised.Where(a => !declared.Contains(a)).Distinct()));
            }
            foreach (var kind in Enum.GetValues<OperatorAccountKind>())
            {
                Assert.Equal(OperatorPolicyBuilder.Actions(task, kind),
                    scenario.Steps.SelectMany(s => s.Authorised).Where(a => a.Kind == kind).Select(a => a.Action).Distinct().OrderBy(a => a, StringComparer.Ordinal));
            }
        }

        [Theory]
        [MemberData(nameof(Actions))]
        public async Task WithoutAnyOneActionOfItsPolicyACmdletOfTheTaskIsRefused(OperatorTask task, OperatorAccountKind kind, string action)
        {
            var policies = Policies(task);
            policies[kind] = Without(policies[kind], action);
            await world.PrepareAsync(policies);

            var scenario = await OperatorScenario.RunAsync(world, task, strict: false);

            var failures = scenario.Steps.SelectMany(s => s.Failures).ToList();
            Assert.True(failures.Any(f => f.Contains(OperatorScenario.NotAuthorized + action + " ", StringComparison.Ordinal)),
                $"No cmdlet of {task} was refused {action}; the first to fail wrote: " + string.Join("\n", failures));
        }

        private static Dictionary<OperatorAccountKind, PolicyDocument> Policies(OperatorTask task) =>
            OperatorPolicyBuilder.Build(new[] { task }, OperatorWorld.CrossAccountRole).ToDictionary(p => p.Account, p => p.Document);

        private static PolicyDocument Without(PolicyDocument policy, string action) => new PolicyDocument
        {
            Version = policy.Version,
            Statements = policy.Statements
                .Select(s => new PolicyStatement { Sid = s.Sid, Effect = s.Effect, Action = s.Action!.Where(a => a.Value != action).ToList(), Resource = s.Resource, Conditions = s.Conditions })
                .Where(s => s.Action!.Count > 0).ToList(),
        };
    }
}
