using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Iam;
using OsAccess.Core.Grants;

namespace OsAccess.Workflows.Grants
{
    /// <summary>
    /// Every grant in the hub, from the pages of one GetAccountAuthorizationDetails walk (users with their attachments,
    /// customer managed policies with their descriptions and documents): the cost is the number of pages, not a call per
    /// user. A grant is a policy under <see cref="GrantPolicyName.PathRoot"/>, attached to the user its path names, whose
    /// name, description and document read back as OsAccess wrote them.
    /// </summary>
    public static class GrantReader
    {
        public static readonly IReadOnlyList<string> Filter = new[] { "User", "LocalManagedPolicy" };

        /// <summary>What reading every user's effective policies also needs: groups, and the AWS managed policies in use.</summary>
        public static readonly IReadOnlyList<string> EveryPolicyFilter = new[] { "User", "Group", "LocalManagedPolicy", "AWSManagedPolicy" };

        /// <param name="everyPolicy">Also read the groups and every managed policy in use (<see cref="EveryPolicyFilter"/>), for <see cref="UnmanagedAccessReader"/>.</param>
        public static async Task<GrantSnapshot> ReadAsync(IIamClient iam, CancellationToken cancellationToken, bool everyPolicy = false)
        {
            var users = new List<IamUserDetail>();
            var groups = new List<IamGroupDetail>();
            var policies = new Dictionary<string, IamManagedPolicyDetail>(StringComparer.Ordinal);
            var everyManaged = new Dictionary<string, IamManagedPolicyDetail>(StringComparer.Ordinal);
            string? marker = null;
            do
            {
                var page = await iam.GetAccountAuthorizationDetailsAsync(everyPolicy ? EveryPolicyFilter : Filter, marker, cancellationToken).ConfigureAwait(false);
                users.AddRange(page.Users);
                groups.AddRange(page.Groups);
                foreach (var policy in page.Policies)
                {
                    if (everyPolicy) everyManaged[policy.Policy.Arn] = policy;
                    if (policy.Policy.Path.StartsWith(GrantPolicyName.PathRoot, StringComparison.Ordinal)) policies[policy.Policy.Arn] = policy;
                }
                marker = page.NextMarker;
            } while (marker != null);
            if (everyPolicy) await AddBoundariesAsync(iam, users, everyManaged, cancellationToken).ConfigureAwait(false);

            var grants = new List<GrantRecord>();
            var attachedArns = new HashSet<string>(StringComparer.Ordinal);
            foreach (var user in users)
            {
                foreach (var attached in user.AttachedPolicies)
                {
                    if (!policies.TryGetValue(attached.PolicyArn, out var policy)) continue;
                    attachedArns.Add(policy.Policy.Arn);
                    if (Read(policy, user.User.UserName) is GrantRecord grant) grants.Add(grant);
                }
            }
            var leftovers = policies.Values.Where(p => !attachedArns.Contains(p.Policy.Arn)).Select(p => p.Policy).ToList();
            return new GrantSnapshot(users, grants, leftovers) { Groups = groups, ManagedPolicies = everyManaged };
        }

        /// <summary>The grant a policy holds for the user it is attached to; null if it is not one OsAccess wrote for that user.</summary>
        public static GrantRecord? Read(IamManagedPolicyDetail detail, string userName)
        {
            var policy = detail.Policy;
            if (GrantPolicyName.UserOf(policy.Path) != userName) return null;
            if (!GrantPolicyName.TryParse(policy.PolicyName, out _, out var grantId)) return null;
            if (!GrantDescription.TryParse(policy.Description, out var grantedBy, out var grantedAt, out var reason)) return null;
            var document = DefaultDocument(detail);
            if (document == null || !GrantDocument.TryRead(document, out var accounts, out var role, out var window)) return null;
            return new GrantRecord
            {
                GrantId = grantId,
                UserName = userName,
                AccountIds = accounts,
                RoleName = role,
                Window = window,
                Reason = reason,
                GrantedBy = grantedBy,
                GrantedAt = grantedAt,
                PolicyArn = policy.Arn,
            };
        }

        /// <summary>
        /// A boundary policy attached to nobody, AWS managed ones included, may be missing from the pages: each such
        /// policy is read once (GetPolicy, GetPolicyVersion), however many users it bounds.
        /// </summary>
        private static async Task AddBoundariesAsync(IIamClient iam, IEnumerable<IamUserDetail> users, Dictionary<string, IamManagedPolicyDetail> policies, CancellationToken cancellationToken)
        {
            foreach (var arn in users.Select(u => u.User.PermissionsBoundaryArn).OfType<string>().Distinct().Where(a => !policies.ContainsKey(a)).ToList())
            {
                var policy = await iam.GetPolicyAsync(arn, cancellationToken).ConfigureAwait(false);
                var version = await iam.GetPolicyVersionAsync(arn, policy.DefaultVersionId ?? "v1", cancellationToken).ConfigureAwait(false);
                policies[arn] = new IamManagedPolicyDetail { Policy = policy, Versions = new[] { version } };
            }
        }

        /// <summary>The document of the policy's default version; null when the read did not carry it.</summary>
        public static string? DefaultDocument(IamManagedPolicyDetail detail) =>
            (detail.Versions.FirstOrDefault(v => v.VersionId == detail.Policy.DefaultVersionId) ?? detail.Versions.FirstOrDefault(v => v.IsDefaultVersion))?.Document;
    }
}
