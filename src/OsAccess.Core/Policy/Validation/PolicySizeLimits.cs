namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The size quota of each policy type: each figure is one named constant, with the AWS page it comes from
    /// (docs/quotas.md says when and how each was checked). The validator, the builders' quota check and LocalAws all
    /// read these constants.
    /// IAM: "IAM and AWS STS quotas", section "IAM and STS character quotas": "IAM does not count white space when
    /// calculating the size of a policy against these quotas"; GetAccountSummary reports the same quotas "in
    /// non-whitespace characters" (AssumeRolePolicySizeQuota, UserPolicySizeQuota, GroupPolicySizeQuota, RolePolicySizeQuota,
    /// PolicySizeQuota). The role trust policy quota is adjustable ("Role trust policy length", 2,048 by default, 4,096 at
    /// most in that page's "Default quotas for IAM entities" table). Later summaries of that page quote a maximum of 8,192;
    /// <see cref="TrustPolicyMostCharacters"/> keeps 4,096 until AWS's own current page confirms the change.
    /// Organizations: "Quotas and service limits for AWS Organizations", "Maximum size of a policy document"; "SCP syntax":
    /// "All characters in your SCP count against its maximum size". The console strips white space before saving; the API
    /// stores and counts exactly what it is sent.
    /// STS: AssumeRole's Policy parameter, "The plaintext that you use for both inline and managed session policies can't
    /// exceed 2,048 characters" (counted as sent).
    /// </summary>
    public static class PolicySizeLimits
    {
        public const string IamQuotasPage = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";

        public const string OrganizationsQuotasPage = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";

        public const string AssumeRolePage = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html";

        /// <summary>A customer managed policy, white space not counted (<see cref="IamQuotasPage"/>, "Managed policy length").</summary>
        public const int ManagedPolicyCharacters = 6144;

        /// <summary>All inline policies of one user together, white space not counted (<see cref="IamQuotasPage"/>, "User policy size").</summary>
        public const int UserInlineCharacters = 2048;

        /// <summary>All inline policies of one group together, white space not counted (<see cref="IamQuotasPage"/>, "Group policy size").</summary>
        public const int GroupInlineCharacters = 5120;

        /// <summary>All inline policies of one role together, white space not counted (<see cref="IamQuotasPage"/>, "Role policy size").</summary>
        public const int RoleInlineCharacters = 10240;

        /// <summary>A role trust policy by default, white space not counted (<see cref="IamQuotasPage"/>, "Role trust policy length").</summary>
        public const int TrustPolicyCharacters = 2048;

        /// <summary>The most a Service Quotas increase gives a role trust policy (<see cref="IamQuotasPage"/>).</summary>
        public const int TrustPolicyMostCharacters = 4096;

        /// <summary>
        /// One SCP, every character counted (<see cref="OrganizationsQuotasPage"/>, "Maximum size of a policy document").
        /// Reports from May 2026 say AWS raised it to 10,240; every copy of AWS's own page that could be read when this was
        /// checked still shows 5,120, so it stays until AWS's page is seen saying otherwise (docs/quotas.md).
        /// </summary>
        public const int ServiceControlPolicyCharacters = 5120;

        /// <summary>An inline session policy passed to AssumeRole, every character counted (<see cref="AssumeRolePage"/>).</summary>
        public const int SessionPolicyCharacters = 2048;

        public static readonly PolicySizeLimit Identity =
            new PolicySizeLimit(PolicyType.Identity, ManagedPolicyCharacters, null, false, "Managed policy length", IamQuotasPage);

        public static readonly PolicySizeLimit ServiceControl =
            new PolicySizeLimit(PolicyType.ServiceControl, ServiceControlPolicyCharacters, null, true, "Maximum size of a service control policy document", OrganizationsQuotasPage);

        public static readonly PolicySizeLimit Trust =
            new PolicySizeLimit(PolicyType.Trust, TrustPolicyCharacters, TrustPolicyMostCharacters, false, "Role trust policy length", IamQuotasPage);

        public static readonly PolicySizeLimit Resource =
            new PolicySizeLimit(PolicyType.Resource, null, null, true, "Set by the service that stores the resource", IamQuotasPage);

        public static readonly PolicySizeLimit UserInline =
            new PolicySizeLimit(PolicyType.UserInline, UserInlineCharacters, null, false, "Inline policies of a user, all together", IamQuotasPage);

        public static readonly PolicySizeLimit GroupInline =
            new PolicySizeLimit(PolicyType.GroupInline, GroupInlineCharacters, null, false, "Inline policies of a group, all together", IamQuotasPage);

        public static readonly PolicySizeLimit RoleInline =
            new PolicySizeLimit(PolicyType.RoleInline, RoleInlineCharacters, null, false, "Inline policies of a role, all together", IamQuotasPage);

        public static readonly PolicySizeLimit PermissionsBoundary =
            new PolicySizeLimit(PolicyType.PermissionsBoundary, ManagedPolicyCharacters, null, false, "Managed policy length", IamQuotasPage);

        public static readonly PolicySizeLimit Session =
            new PolicySizeLimit(PolicyType.Session, SessionPolicyCharacters, null, true, "Session policy plaintext", AssumeRolePage);

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
