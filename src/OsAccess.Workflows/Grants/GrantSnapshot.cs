using System.Collections.Generic;
using OsAccess.Aws.Iam;
using OsAccess.Core.Grants;

namespace OsAccess.Workflows.Grants
{
    /// <summary>What one read of the hub found: its users with their policies, the grants, and grant policies attached to nobody.</summary>
    public sealed class GrantSnapshot
    {
        public GrantSnapshot(IReadOnlyList<IamUserDetail> users, IReadOnlyList<GrantRecord> grants, IReadOnlyList<IamManagedPolicy> leftovers)
        {
            Users = users;
            Grants = grants;
            Leftovers = leftovers;
        }

        public IReadOnlyList<IamUserDetail> Users { get; }

        public IReadOnlyList<GrantRecord> Grants { get; }

        public IReadOnlyList<IamManagedPolicy> Leftovers { get; }
    }
}
