using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Operators
{
    /// <summary>
    /// The resources an operator policy statement allows its actions on, and the conditions it allows them under, named by
    /// the statement's Sid. Account ids are <c>*</c>: an identity policy reaches IAM and Systems Manager in its own account
    /// only, and Organizations in its organization only.
    /// </summary>
    public sealed class OperatorScope
    {
        /// <summary>The placeholder in <see cref="Resources"/> for the -CrossAccountRoleName role.</summary>
        public const string CrossAccountRolePlaceholder = "{CrossAccountRoleName}";

        public OperatorScope(string sid, IReadOnlyList<string> resources, params PolicyCondition[] conditions)
        {
            Sid = sid;
            Resources = resources;
            Conditions = conditions;
        }

        public string Sid { get; }

        public IReadOnlyList<string> Resources { get; }

        public IReadOnlyList<PolicyCondition> Conditions { get; }
    }
}
