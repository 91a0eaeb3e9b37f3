namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Which elements each policy type takes. Identity-based policies, permissions boundaries and session policies name no
    /// principal ("AWS JSON policy elements: Principal": "You cannot use the Principal element in an identity-based policy");
    /// SCPs do not support Principal or NotPrincipal ("SCP syntax"); trust and resource policies need a Principal. A trust
    /// policy has no Resource (IAM: "Has prohibited field Resource"); every other type needs Resource or NotResource.
    /// </summary>
    internal static class PolicyTypeRules
    {
        public static bool RequiresPrincipal(PolicyType type) => type == PolicyType.Trust || type == PolicyType.Resource;

        public static bool ForbidsPrincipal(PolicyType type) => !RequiresPrincipal(type);

        public static bool ForbidsResource(PolicyType type) => type == PolicyType.Trust;

        /// <summary>IAM and Organizations hold Sids to A-Z, a-z, 0-9; other services' resource policies allow more (SQS, SNS).</summary>
        public static bool RestrictsSidCharacters(PolicyType type) => type != PolicyType.Resource;

        /// <summary>Whose inline policies share the aggregate quota of an inline type: "a user's", "a group's", "a role's".</summary>
        public static string Owner(PolicyType type) => type switch
        {
            PolicyType.UserInline => "a user's",
            PolicyType.GroupInline => "a group's",
            PolicyType.RoleInline => "a role's",
            _ => "a principal's",
        };

        public static string Describe(PolicyType type) => type switch
        {
            PolicyType.Identity => "an identity-based policy",
            PolicyType.ServiceControl => "a service control policy",
            PolicyType.Trust => "a role trust policy",
            PolicyType.Resource => "a resource-based policy",
            PolicyType.UserInline => "a user's inline policy",
            PolicyType.GroupInline => "a group's inline policy",
            PolicyType.RoleInline => "a role's inline policy",
            PolicyType.PermissionsBoundary => "a permissions boundary",
            PolicyType.Session => "a session policy",
            _ => "a policy",
        };
    }
}
