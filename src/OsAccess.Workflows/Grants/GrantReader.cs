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

        public static async Task<GrantSnapshot> ReadAsync(IIamClient iam, CancellationToken cancellationToken)
        {
            var users = new List<IamUserDetail>();
            var policies = new Dictionary<string, IamManagedPolicyDetail>(StringComparer.Ordinal);
            string? marker = null;
            do
            {
                var page = await iam.GetAccountAuthorizationDetailsAsync(Filter, marker, cancellationToken).ConfigureAwait(false);
                users.AddRange(page.Users);
                foreach (var policy in page.Policies.Where(p => p.Policy.Path.StartsWith(GrantPolicyName.PathRoot, StringComparison.Ordinal)))
                {
                    policies[policy.Policy.Arn] = policy;
                }
                marker = page.NextMarker;
            } while (marker != null);

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
            return new GrantSnapshot(users, grants, leftovers);
        }

        /// <summary>The grant a policy holds for the user it is attached to; null if it is not one OsAccess wrote for that user.</summary>
        public static GrantRecord? Read(IamManagedPolicyDetail detail, string userName)
        {
            var policy = detail.Policy;
            if (GrantPolicyName.UserOf(policy.Path) != userName) return null;
            if (!GrantPolicyName.TryParse(policy.PolicyName, out _, out var grantId)) return null;
            if (!GrantDescription.TryParse(policy.Description, out var grantedBy, out var grantedAt, out var reason)) return null;
            var version = detail.Versions.FirstOrDefault(v => v.VersionId == policy.DefaultVersionId) ?? detail.Versions.FirstOrDefault(v => v.IsDefaultVersion);
            if (version?.Document == null || !GrantDocument.TryRead(version.Document, out var accounts, out var role, out var window)) return null;
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
    }
}
