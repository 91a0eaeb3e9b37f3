using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Aws.Permissions;
using OsAccess.Core.Aws;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Operators
{
    /// <summary>
    /// Builds the operator policies from what the tasks' cmdlets call (<see cref="OperatorTasks"/>, <see cref="OperatorCmdlets"/>)
    /// and the actions each call needs (<see cref="OperationActions"/>): one Allow statement per scope, its actions sorted,
    /// then each part's guards (<see cref="OperatorTasks.Guards"/>), the Deny statements the chosen tasks do not lift.
    /// </summary>
    public static class OperatorPolicyBuilder
    {
        /// <summary>One policy per kind of account the tasks act in, in the order Management, Hub, Member.</summary>
        public static IReadOnlyList<OperatorPolicy> Build(IEnumerable<OperatorTask> tasks, string crossAccountRoleName)
        {
            var role = RoleName.Require(crossAccountRoleName, nameof(crossAccountRoleName));
            var chosen = tasks.Distinct().OrderBy(t => t).ToList();
            if (chosen.Count == 0) throw new ArgumentException("Name at least one task.", nameof(tasks));
            var needs = chosen.SelectMany(OperatorTasks.Cmdlets).SelectMany(c => c.Needs).ToList();
            var guards = chosen.SelectMany(OperatorTasks.Guards).Distinct().Where(g => !needs.Any(n => n.Scope == g.LiftedBy)).ToList();
            var parts = new List<OperatorPolicy>();
            foreach (var account in Enum.GetValues(typeof(OperatorAccountKind)).Cast<OperatorAccountKind>())
            {
                var allows = Statements(needs.Where(n => n.Account == account), role);
                if (allows.Count == 0) continue;
                var statements = allows.Concat(guards.Where(g => g.Account == account).Select(Deny)).ToList();
                parts.Add(new OperatorPolicy(account, chosen, new PolicyDocument { Version = PolicyDocument.CurrentVersion, Statements = statements }));
            }
            return parts;
        }

        /// <summary>The actions of every task's part for one kind of account, as a test compares them with what AWS authorised.</summary>
        public static IReadOnlyCollection<string> Actions(OperatorTask task, OperatorAccountKind account) =>
            new SortedSet<string>(OperatorTasks.Cmdlets(task).SelectMany(c => c.Needs).Where(n => n.Account == account)
                .SelectMany(n => OperationActions.For(n.Operation)), StringComparer.Ordinal);

        private static List<PolicyStatement> Statements(IEnumerable<OperatorNeed> needs, string crossAccountRoleName)
        {
            var byScope = needs.GroupBy(n => n.Scope).ToDictionary(g => g.Key,
                g => new SortedSet<string>(g.SelectMany(n => OperationActions.For(n.Operation)), StringComparer.Ordinal));
            return OperatorScopes.InOrder.Where(s => byScope.TryGetValue(s, out var actions) && actions.Count > 0)
                .Select(s => new PolicyStatement
                {
                    Sid = s.Sid,
                    Effect = "Allow",
                    Action = StatementLists.Of(byScope[s]),
                    Resource = StatementLists.Of(s.Resources.Select(r => r.Replace(OperatorScope.CrossAccountRolePlaceholder, crossAccountRoleName))),
                    Conditions = s.Conditions,
                })
                .ToList();
        }

        private static PolicyStatement Deny(OperatorGuard guard) => new PolicyStatement
        {
            Sid = guard.Sid,
            Effect = "Deny",
            Action = StatementLists.Of(guard.Actions),
            Resource = StatementLists.Of(guard.Resource),
            Conditions = guard.Conditions,
        };
    }
}
