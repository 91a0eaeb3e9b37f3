using System.Collections.Generic;
using System.Linq;

namespace OsAccess.Workflows.Operators
{
    /// <summary>A cmdlet as an operator uses it (<c>Get-OSAccessSession -All</c>) and the operations it calls, in which accounts.</summary>
    public sealed class OperatorCmdlet
    {
        public OperatorCmdlet(string usage, params IEnumerable<OperatorNeed>[] needs)
        {
            Usage = usage;
            Needs = needs.SelectMany(n => n).ToList();
        }

        /// <summary>The cmdlet and the parameters that decide what it calls.</summary>
        public string Usage { get; }

        public IReadOnlyList<OperatorNeed> Needs { get; }

        public override string ToString() => Usage;

        /// <summary>Operations called with the credentials the cmdlet is given, in the management account.</summary>
        internal static IEnumerable<OperatorNeed> Management(OperatorScope scope, params string[] operations) =>
            In(OperatorAccountKind.Management, scope, operations);

        /// <summary>Operations called with the credentials the cmdlet is given, in the hub account.</summary>
        internal static IEnumerable<OperatorNeed> Hub(OperatorScope scope, params string[] operations) =>
            In(OperatorAccountKind.Hub, scope, operations);

        /// <summary>Operations called in each member account, as the -CrossAccountRoleName role.</summary>
        internal static IEnumerable<OperatorNeed> Member(OperatorScope scope, params string[] operations) =>
            In(OperatorAccountKind.Member, scope, operations);

        private static IEnumerable<OperatorNeed> In(OperatorAccountKind account, OperatorScope scope, string[] operations) =>
            operations.Select(o => new OperatorNeed(account, o, scope)).ToList();
    }
}
