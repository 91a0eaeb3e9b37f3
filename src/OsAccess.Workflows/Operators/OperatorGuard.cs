using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Operators
{
    /// <summary>
    /// A Deny statement a task's policy carries because people holding it often hold broad policies too (ReadOnlyAccess
    /// allows <c>ssm:Get*</c> on every OpsItem): it holds whatever else they are allowed. It is left out when the chosen tasks
    /// need what it denies, that is when one of their cmdlets calls an operation in <see cref="LiftedBy"/>.
    /// </summary>
    public sealed class OperatorGuard
    {
        public OperatorGuard(OperatorAccountKind account, string sid, IReadOnlyList<string> actions, string resource, OperatorScope? liftedBy,
            params PolicyCondition[] conditions)
        {
            Account = account;
            Sid = sid;
            Actions = actions;
            Resource = resource;
            LiftedBy = liftedBy;
            Conditions = conditions;
        }

        /// <summary>The part of the policy it belongs to.</summary>
        public OperatorAccountKind Account { get; }

        public string Sid { get; }

        /// <summary>IAM actions, as the statement names them.</summary>
        public IReadOnlyList<string> Actions { get; }

        public string Resource { get; }

        /// <summary>The scope whose use makes this guard pointless; null when nothing does.</summary>
        public OperatorScope? LiftedBy { get; }

        public IReadOnlyList<PolicyCondition> Conditions { get; }
    }
}
