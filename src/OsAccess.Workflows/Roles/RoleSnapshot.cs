using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Core.Grants;
using OsAccess.Core.Roles;

namespace OsAccess.Workflows.Roles
{
    /// <summary>
    /// What IAM holds today in one account for the OSAccess role: the role (trust policy, session duration, tags), what is
    /// attached to it and embedded in it, and the customer-managed OSAccessPolicy with its default version. Read with the
    /// fewest calls that see all of it: GetRole, ListAttachedRolePolicies, ListRolePolicies, GetPolicy, GetPolicyVersion
    /// (the lists only when the role exists, the version only when the policy does), and GetRolePolicy for each inline
    /// policy named like a revocation deny.
    /// </summary>
    public sealed class RoleSnapshot
    {
        public IamRole? Role { get; private set; }

        public IReadOnlyList<string> AttachedPolicyArns { get; private set; } = new string[0];

        public IReadOnlyList<string> InlinePolicyNames { get; private set; } = new string[0];

        /// <summary>
        /// The inline policies that are revocation denies (<see cref="SessionDenyBuilder.IsRevocationDeny"/>), written by
        /// Revoke-OSAccess -EndSessions: kept, never reported as drift. Read with one GetRolePolicy per inline policy
        /// named like one, so a role without any costs no call more.
        /// </summary>
        public IReadOnlyList<string> RevocationDenyNames { get; private set; } = new string[0];

        public IamManagedPolicy? Policy { get; private set; }

        /// <summary>The document of the policy's default version, decoded.</summary>
        public string? PolicyDocument { get; private set; }

        public bool RoleIsOwned => Role != null && Owned(Role.Tags);

        public bool PolicyIsOwned => Policy != null && Owned(Policy.Tags);

        public static async Task<RoleSnapshot> ReadAsync(IIamClient iam, string roleName, string policyArn, CancellationToken cancellationToken)
        {
            var snapshot = new RoleSnapshot { Role = await OrNull(iam.GetRoleAsync(roleName, cancellationToken)).ConfigureAwait(false) };
            if (snapshot.Role != null)
            {
                var attached = await Pagination.AllAsync((marker, ct) => iam.ListAttachedRolePoliciesAsync(roleName, marker, ct), cancellationToken).ConfigureAwait(false);
                snapshot.AttachedPolicyArns = attached.Select(a => a.PolicyArn).ToList();
                snapshot.InlinePolicyNames = await Pagination.AllAsync((marker, ct) => iam.ListRolePoliciesAsync(roleName, marker, ct), cancellationToken).ConfigureAwait(false);
                var denies = new List<string>();
                foreach (var name in snapshot.InlinePolicyNames.Where(n => n.StartsWith(SessionDenyBuilder.NamePrefix, System.StringComparison.Ordinal)))
                {
                    var inline = await iam.GetRolePolicyAsync(roleName, name, cancellationToken).ConfigureAwait(false);
                    if (SessionDenyBuilder.IsRevocationDeny(name, inline.Document)) denies.Add(name);
                }

                snapshot.RevocationDenyNames = denies;
            }

            snapshot.Policy = await OrNull(iam.GetPolicyAsync(policyArn, cancellationToken)).ConfigureAwait(false);
            if (snapshot.Policy?.DefaultVersionId != null)
            {
                snapshot.PolicyDocument = (await iam.GetPolicyVersionAsync(policyArn, snapshot.Policy.DefaultVersionId, cancellationToken).ConfigureAwait(false)).Document;
            }

            return snapshot;
        }

        private static bool Owned(IReadOnlyList<Aws.AwsTag> tags) => tags.Any(t => RoleOwnership.IsOwnedTag(t.Key, t.Value));

        private static async Task<T?> OrNull<T>(Task<T> read)
            where T : class
        {
            try
            {
                return await read.ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "NoSuchEntity")
            {
                return null;
            }
        }
    }
}
