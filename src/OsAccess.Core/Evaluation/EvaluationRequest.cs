using System;
using System.Collections.Generic;
using OsAccess.Core.Aws;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// One question for <see cref="PolicyEvaluator"/>: may the caller in <see cref="Context"/> perform
    /// <see cref="Action"/> on <see cref="Resource"/>, given these policies? Policies are compiled once and shared
    /// between requests; a <see cref="RequestContext"/> can serve every request of one caller.
    /// </summary>
    public sealed class EvaluationRequest
    {
        private static readonly IReadOnlyList<CompiledPolicy> NoPolicies = Array.Empty<CompiledPolicy>();
        private static readonly IReadOnlyList<OrganizationLevel> NoLevels = Array.Empty<OrganizationLevel>();

        /// <summary><c>service:Action</c>, e.g. <c>ssm:StartSession</c>.</summary>
        public string Action { get; init; } = string.Empty;

        /// <summary>The resource ARN, or <c>*</c> for actions without a resource.</summary>
        public string Resource { get; init; } = "*";

        /// <summary>
        /// The account that owns the resource. When null it is read from the resource ARN; ARNs without a 12-digit
        /// account (S3 buckets, AWS managed policies <c>arn:aws:iam::aws:policy/…</c>, <c>*</c>) count as the caller's
        /// own account.
        /// </summary>
        public string? ResourceAccount { get; init; }

        /// <summary>The caller and the request's context keys.</summary>
        public RequestContext Context { get; init; } = null!;

        /// <summary>Policies attached to the caller (its user, groups or role).</summary>
        public IReadOnlyList<CompiledPolicy> IdentityPolicies { get; init; } = NoPolicies;

        /// <summary>The caller's permissions boundary; null when it has none.</summary>
        public CompiledPolicy? PermissionsBoundary { get; init; }

        /// <summary>The session policy passed when the role session was created; null when none was.</summary>
        public CompiledPolicy? SessionPolicy { get; init; }

        /// <summary>The resource's own policy (bucket policy, key policy, a role's trust policy for sts:AssumeRole); null when it has none.</summary>
        public CompiledPolicy? ResourcePolicy { get; init; }

        /// <summary>SCPs along the caller account's path, root first and the account last; empty when no organization applies.</summary>
        public IReadOnlyList<OrganizationLevel> ServiceControlPolicies { get; init; } = NoLevels;

        /// <summary>RCPs along the resource account's path, root first; empty when none apply (AWS's RCPFullAWSAccess).</summary>
        public IReadOnlyList<OrganizationLevel> ResourceControlPolicies { get; init; } = NoLevels;

        /// <summary>True when the caller's account is the organization's management account: SCPs do not apply to it.</summary>
        public bool CallerInManagementAccount { get; init; }

        /// <summary>True when the resource's account is the management account: RCPs do not apply to it.</summary>
        public bool ResourceInManagementAccount { get; init; }

        /// <summary>The same question, every policy and the context kept, about another action and resource.</summary>
        internal EvaluationRequest About(string action, string resource) => new EvaluationRequest
        {
            Action = action,
            Resource = resource,
            ResourceAccount = ResourceAccount,
            Context = Context,
            IdentityPolicies = IdentityPolicies,
            PermissionsBoundary = PermissionsBoundary,
            SessionPolicy = SessionPolicy,
            ResourcePolicy = ResourcePolicy,
            ServiceControlPolicies = ServiceControlPolicies,
            ResourceControlPolicies = ResourceControlPolicies,
            CallerInManagementAccount = CallerInManagementAccount,
            ResourceInManagementAccount = ResourceInManagementAccount,
        };

        /// <summary>The resource account in effect (see <see cref="ResourceAccount"/>).</summary>
        public string EffectiveResourceAccount
        {
            get
            {
                if (!string.IsNullOrEmpty(ResourceAccount)) return ResourceAccount!;
                var account = AccountOfArn(Resource);
                return account ?? Context.Caller.AccountId;
            }
        }

        /// <summary>Whether the resource belongs to <paramref name="account"/>; compares in place, without allocating.</summary>
        public bool IsResourceInAccount(string account)
        {
            if (!string.IsNullOrEmpty(ResourceAccount)) return string.Equals(ResourceAccount, account, StringComparison.Ordinal);
            if (!TryFindAccount(Resource, out var start, out var length)) return true;
            return length == account.Length && string.CompareOrdinal(Resource, start, account, 0, length) == 0;
        }

        // The resource's account when its ARN names a 12-digit one.
        private static bool TryFindAccount(string arn, out int start, out int length) =>
            Arn.TryFindAccount(arn, out start, out length) && AccountId.IsValid(arn, start, length);

        private static string? AccountOfArn(string arn) =>
            TryFindAccount(arn, out var start, out var length) ? arn.Substring(start, length) : null;
    }
}
