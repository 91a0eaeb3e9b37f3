using System.Collections.Generic;
using OsAccess.Core.Roles;

namespace OsAccess.Workflows.Roles
{
    /// <summary>How one account's OSAccess role differs from the target: the findings, and the writes that repair them in safe order.</summary>
    public sealed class RolePlan
    {
        public RolePlan(string accountId, string roleArn, bool roleExists, bool notOwned, IReadOnlyList<OSAccessRoleFinding> findings, IReadOnlyList<RoleStep> steps)
        {
            AccountId = accountId;
            RoleArn = roleArn;
            RoleExists = roleExists;
            NotOwned = notOwned;
            Findings = findings;
            Steps = steps;
        }

        public string AccountId { get; }

        public string RoleArn { get; }

        public bool RoleExists { get; }

        /// <summary>The role or its policy exists without OsAccess's tag: someone else made it.</summary>
        public bool NotOwned { get; }

        public IReadOnlyList<OSAccessRoleFinding> Findings { get; }

        /// <summary>In the order they are to run.</summary>
        public IReadOnlyList<RoleStep> Steps { get; }
    }
}
