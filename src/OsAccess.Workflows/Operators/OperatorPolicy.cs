using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Operators
{
    /// <summary>One part of an operator's least-privilege policy: what to attach in one kind of account for some tasks.</summary>
    public sealed class OperatorPolicy
    {
        public OperatorPolicy(OperatorAccountKind account, IReadOnlyList<OperatorTask> tasks, PolicyDocument document)
        {
            Account = account;
            Tasks = tasks;
            Document = document;
        }

        public OperatorAccountKind Account { get; }

        public IReadOnlyList<OperatorTask> Tasks { get; }

        public PolicyDocument Document { get; }

        /// <summary>The name to give the policy: <c>OSAccessOperator-Publish+Audit-Management</c>.</summary>
        public string Name => "OSAccessOperator-" + string.Join("+", Tasks) + "-" + Account;
    }
}
