using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Operators
{
    /// <summary>
    /// The resources an operator policy statement allows its actions on, named by the statement's Sid. Account ids are
    /// <c>*</c>: an identity policy reaches IAM in its own account only, and Organizations in its organization only.
    /// </summary>
    public sealed class OperatorScope
    {
        /// <summary>The placeholder in <see cref="Resources"/> for the -CrossAccountRoleName role.</summary>
        public const string CrossAccountRolePlaceholder = "{CrossAccountRoleName}";

        public OperatorScope(string sid, IReadOnlyList<string> resources, PolicyCondition? condition = null)
        {
            Sid = sid;
            Resources = resources;
            Condition = condition;
        }

        public string Sid { get; }

        public IReadOnlyList<string> Resources { get; }

        public PolicyCondition? Condition { get; }
    }
}
