using System;
using System.Collections.Generic;
using System.Linq;
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

        /// <summary>The hub's groups; read only when every policy was (GrantReader's everyPolicy).</summary>
        public IReadOnlyList<IamGroupDetail> Groups { get; init; } = new IamGroupDetail[0];

        /// <summary>Every managed policy in use, customer and AWS, by ARN; read only when every policy was.</summary>
        public IReadOnlyDictionary<string, IamManagedPolicyDetail> ManagedPolicies { get; init; } = new Dictionary<string, IamManagedPolicyDetail>();

        /// <summary>What housekeeping removes at <paramref name="now"/>: grants that are over, and leftovers old enough not to be a grant in the making.</summary>
        public IReadOnlyList<GrantRecord> ExpiredAt(DateTimeOffset now) => Grants.Where(g => g.StatusAt(now) == GrantStatus.Expired).ToList();

        /// <summary>
        /// The person's grants naming the account that are not over at <paramref name="now"/>, but those in
        /// <paramref name="revokedIds"/>: what still lets them assume the role there after the rest were revoked.
        /// </summary>
        public IReadOnlyList<GrantRecord> StillGranting(string userName, string accountId, DateTimeOffset now, ICollection<string> revokedIds) =>
            Grants.Where(g => string.Equals(g.UserName, userName, StringComparison.OrdinalIgnoreCase) && g.AccountIds.Contains(accountId)
                && g.StatusAt(now) != GrantStatus.Expired && !revokedIds.Contains(g.GrantId)).ToList();

        public IReadOnlyList<IamManagedPolicy> LeftoversAt(DateTimeOffset now) =>
            Leftovers.Where(p => p.CreateDate is DateTimeOffset created && created <= now - GrantWriter.LeftoverAge).ToList();
    }
}
