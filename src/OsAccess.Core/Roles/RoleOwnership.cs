namespace OsAccess.Core.Roles
{
    /// <summary>
    /// The tag that marks an IAM role or customer-managed policy as OsAccess's: Publish-OSAccessRole writes it on what it
    /// creates (or takes over with -Force), and Unpublish-OSAccessRole removes only what carries it.
    /// </summary>
    public static class RoleOwnership
    {
        public const string TagKey = "osaccess:managed-by";

        public const string TagValue = "OsAccess";

        public static bool IsOwnedTag(string key, string value) => key == TagKey && value == TagValue;
    }
}
