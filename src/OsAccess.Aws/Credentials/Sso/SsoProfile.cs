namespace OsAccess.Aws.Credentials.Sso
{
    /// <summary>
    /// What an IAM Identity Center profile says: the account and role to reach, and the sign-in whose cached token reaches
    /// them, named by <c>sso_session</c> (its section gives start URL and region) or, in the legacy form, by the profile's own
    /// <c>sso_start_url</c> and <c>sso_region</c>.
    /// </summary>
    public sealed class SsoProfile
    {
        public string ProfileName { get; init; } = string.Empty;

        public string? AccountId { get; init; }

        public string? RoleName { get; init; }

        public string? StartUrl { get; init; }

        public string? Region { get; init; }

        /// <summary><c>sso_session</c>; null in the legacy form.</summary>
        public string? Session { get; init; }

        /// <summary>What to run to sign in again.</summary>
        public string LoginCommand => "aws sso login --profile " + ProfileName;
    }
}
