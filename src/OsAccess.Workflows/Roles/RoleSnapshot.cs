using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Core.Roles;

namespace OsAccess.Workflows.Roles
{
    /// <summary>
    /// What IAM holds today in one account for the OSAccess role: the role (trust policy, session duration, tags), what is
    /// attached to it and embedded in it, and the customer-managed OSAccessPolicy with its default version. Read with the
    /// fewest calls that see all of it: GetRole, ListAttachedRolePolicies, ListRolePolicies, GetPolicy, GetPolicyVersion
    /// (the lists only when the role exists, the version only when the policy does).
    /// </summary>
    public sealed class RoleSnapshot
    {
        public IamRole? Role { get; private set; }

        public IReadOnlyList<string> AttachedPolicyArns { get; private set; } = new string[0];

        public IReadOnlyList<string> InlinePolicyNames { get; private set; } = new string[0];

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
