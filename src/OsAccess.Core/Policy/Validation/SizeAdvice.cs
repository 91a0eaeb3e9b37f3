namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// What to do about a policy too large for its type, in words that fit the way that type's quota works. The inline
    /// quotas are shared by all inline policies of a user, group or role ("IAM and AWS STS quotas"), so splitting one
    /// there only moves characters between policies that count together: the text moves to managed policies instead
    /// (6,144 characters each; 10 attached to a user or role by default, 20 at most). A user or role has one permissions
    /// boundary and a role one trust policy, which can only be shortened. SCPs can be split across several attached to
    /// the same target; session policies can be passed as managed policy ARNs (AssumeRole's PolicyArns, up to 10).
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html,
    /// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html and
    /// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
    /// </summary>
    internal static class SizeAdvice
    {
        private static readonly int ManagedLimit = PolicySizeLimits.Identity.Limit!.Value;

        private const string Shorten = "shorten it with wildcards and fewer statements";

        /// <summary>The remedy for <paramref name="type"/>, starting in lower case and without a final stop.</summary>
        public static string For(PolicyType type) => type switch
        {
            PolicyType.Identity => $"split it into several managed policies ({ManagedLimit} characters each; a user or role takes 10 by default, 20 at most), or {Shorten}",
            PolicyType.PermissionsBoundary => $"a user or role has one permissions boundary, so {Shorten} (NotAction can replace a long list of actions)",
            PolicyType.UserInline => $"another inline policy would count against the same quota, so move statements into a customer managed policy attached to the user or to a group it is in ({ManagedLimit} characters each), or {Shorten} (for a grant, cover fewer accounts)",
            PolicyType.GroupInline => $"another inline policy would count against the same quota, so move statements into customer managed policies attached to the group ({ManagedLimit} characters each), or {Shorten}",
            PolicyType.RoleInline => $"another inline policy would count against the same quota, so move statements into customer managed policies attached to the role ({ManagedLimit} characters each; 10 by default, 20 at most), or {Shorten}",
            PolicyType.ServiceControl => $"split its statements across several SCPs attached to the same root, OU or account, or {Shorten}",
            PolicyType.Trust => "a role has one trust policy, so shorten it: trust whole accounts (arn:aws:iam::111122223333:root) rather than listing principals one by one, or match them with a condition such as aws:PrincipalOrgID",
            PolicyType.Session => $"pass the permissions as managed session policies (AssumeRole's PolicyArns, up to 10) instead of inline text, or {Shorten}",
            _ => Shorten,
        };
    }
}
