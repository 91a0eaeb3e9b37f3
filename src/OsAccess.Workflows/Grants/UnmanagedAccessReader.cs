using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Aws.Iam;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Grants;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Grants
{
    /// <summary>
    /// Who can assume the role outside OsAccess's grants: for each hub user of a snapshot read with every policy, their
    /// identity policies (inline, attached, and their groups' inline and attached) within their permissions boundary,
    /// asked of the engine by <see cref="RoleAccessFinder"/>. The user's own OsAccess grants are left out: they are
    /// reported as grants. Each managed policy is compiled once, however many users it is attached to.
    /// </summary>
    public sealed class UnmanagedAccessReader
    {
        private readonly GrantSnapshot snapshot;
        private readonly Dictionary<string, CompiledPolicy?> compiled = new Dictionary<string, CompiledPolicy?>(StringComparer.Ordinal);
        private readonly Dictionary<string, IamGroupDetail> groups;
        private readonly HashSet<string> grantArns;

        public UnmanagedAccessReader(GrantSnapshot snapshot)
        {
            this.snapshot = snapshot;
            groups = snapshot.Groups.ToDictionary(g => g.GroupName, StringComparer.OrdinalIgnoreCase);
            grantArns = new HashSet<string>(snapshot.Grants.Select(g => g.PolicyArn), StringComparer.Ordinal);
        }

        /// <param name="accountIds">The accounts to ask about; null for those the policies name and every other (see <see cref="RoleAccessFinder"/>).</param>
        public IReadOnlyList<UnmanagedAccess> Find(string roleName, IReadOnlyList<string>? accountIds, DateTimeOffset now) =>
            snapshot.Users
                .SelectMany(u => RoleAccessFinder.Find(u.User.UserName, u.User.Arn, PoliciesOf(u), Boundary(u), roleName, accountIds, now))
                .ToList();

        private IReadOnlyList<IdentityPolicySource> PoliciesOf(IamUserDetail user)
        {
            var sources = new List<IdentityPolicySource>();
            Add(sources, "user " + user.User.UserName, user.InlinePolicies, user.AttachedPolicies.Where(a => !grantArns.Contains(a.PolicyArn)));
            foreach (var name in user.GroupNames)
            {
                if (groups.TryGetValue(name, out var group)) Add(sources, "group " + group.GroupName, group.InlinePolicies, group.AttachedPolicies);
            }
            return sources;
        }

        private void Add(List<IdentityPolicySource> sources, string attachedTo, IEnumerable<IamInlinePolicy> inline, IEnumerable<IamAttachedPolicy> attached)
        {
            foreach (var policy in inline)
            {
                if (Compile(policy.Document, $"{policy.PolicyName} ({attachedTo})") is CompiledPolicy p)
                    sources.Add(new IdentityPolicySource { PolicyName = policy.PolicyName, AttachedTo = attachedTo, Policy = p });
            }
            foreach (var policy in attached)
            {
                if (Managed(policy.PolicyArn) is CompiledPolicy p)
                    sources.Add(new IdentityPolicySource { PolicyName = policy.PolicyName, PolicyArn = policy.PolicyArn, AttachedTo = attachedTo, Policy = p });
            }
        }

        // A boundary whose document the snapshot lacks is left out: the user's policies are then asked about unbounded, which can only over-report.
        private CompiledPolicy? Boundary(IamUserDetail user) =>
            user.User.PermissionsBoundaryArn is string arn ? Managed(arn) : null;

        private CompiledPolicy? Managed(string arn)
        {
            if (compiled.TryGetValue(arn, out var policy)) return policy;
            var document = snapshot.ManagedPolicies.TryGetValue(arn, out var detail) ? GrantReader.DefaultDocument(detail) : null;
            return compiled[arn] = document == null ? null : Compile(document, arn);
        }

        // IAM stores only documents it accepted; one this engine cannot read is left out rather than failing the whole read.
        private static CompiledPolicy? Compile(string document, string name)
        {
            try
            {
                return CompiledPolicy.Parse(document, name);
            }
            catch (PolicyParseException)
            {
                return null;
            }
        }
    }
}
