namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The size quota of each policy type.
    /// IAM: "IAM and AWS STS quotas" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html), section
    /// "IAM and STS character quotas": "IAM does not count white space when calculating the size of a policy against these
    /// quotas"; GetAccountSummary reports the same quotas "in non-whitespace characters" (AssumeRolePolicySizeQuota,
    /// UserPolicySizeQuota, GroupPolicySizeQuota, RolePolicySizeQuota, PolicySizeQuota).
    /// The role trust policy quota is adjustable ("Role trust policy length", 2,048 by default, 4,096 at most in that page's
    /// "Default quotas for IAM entities" table, as read from AWS's published copy of the IAM User Guide). Later summaries of
    /// that page quote a maximum of 8,192; <see cref="Trust"/> keeps 4,096 until AWS's own current page confirms the change.
    /// Organizations: "Quotas for AWS Organizations" (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html),
    /// "Maximum size of a policy document": SCPs 5,120 characters, which "includes all characters, including white space";
    /// "SCP syntax" (orgs_manage_policies_scps_syntax.html): "All characters in your SCP count against its maximum size".
    /// The console strips white space before saving; the API stores and counts exactly what it is sent.
    /// STS: AssumeRole's Policy parameter, "The plaintext that you use for both inline and managed session policies can't
    /// exceed 2,048 characters" (counted as sent).
    /// </summary>
    public static class PolicySizeLimits
    {
        private const string IamQuotas = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
        private const string OrganizationsQuotas = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";
        private const string AssumeRole = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html";

        public static readonly PolicySizeLimit Identity =
            new PolicySizeLimit(PolicyType.Identity, 6144, null, false, "Managed policy length", IamQuotas);

        public static readonly PolicySizeLimit ServiceControl =
            new PolicySizeLimit(PolicyType.ServiceControl, 5120, null, true, "Maximum size of a service control policy document", OrganizationsQuotas);

        public static readonly PolicySizeLimit Trust =
            new PolicySizeLimit(PolicyType.Trust, 2048, 4096, false, "Role trust policy length", IamQuotas);

        public static readonly PolicySizeLimit Resource =
            new PolicySizeLimit(PolicyType.Resource, null, null, true, "Set by the service that stores the resource", IamQuotas);

        public static readonly PolicySizeLimit UserInline =
            new PolicySizeLimit(PolicyType.UserInline, 2048, null, false, "Inline policies of a user, all together", IamQuotas);

        public static readonly PolicySizeLimit GroupInline =
            new PolicySizeLimit(PolicyType.GroupInline, 5120, null, false, "Inline policies of a group, all together", IamQuotas);

        public static readonly PolicySizeLimit RoleInline =
            new PolicySizeLimit(PolicyType.RoleInline, 10240, null, false, "Inline policies of a role, all together", IamQuotas);

        public static readonly PolicySizeLimit PermissionsBoundary =
            new PolicySizeLimit(PolicyType.PermissionsBoundary, 6144, null, false, "Managed policy length", IamQuotas);

        public static readonly PolicySizeLimit Session =
            new PolicySizeLimit(PolicyType.Session, 2048, null, true, "Session policy plaintext", AssumeRole);

        public static PolicySizeLimit For(PolicyType type) => type switch
        {
            PolicyType.Identity => Identity,
            PolicyType.ServiceControl => ServiceControl,
            PolicyType.Trust => Trust,
            PolicyType.Resource => Resource,
            PolicyType.UserInline => UserInline,
            PolicyType.GroupInline => GroupInline,
            PolicyType.RoleInline => RoleInline,
            PolicyType.PermissionsBoundary => PermissionsBoundary,
            PolicyType.Session => Session,
            _ => throw new System.ArgumentOutOfRangeException(nameof(type), type, "Unknown policy type."),
        };
    }
}
