namespace OsAccess.Aws.Credentials
{
    /// <summary>The shared config/credentials files and the SDK store, as AWSSDK.Core reads them.</summary>
    public interface IProfileStore
    {
        /// <summary>
        /// The credentials of a profile (keys, SSO, assume-role, credential_process…), or null when there is no such profile.
        /// Profiles whose credentials come from AWS get them through <paramref name="services"/>.
        /// </summary>
        ICredentialSource? TryGetCredentials(string profileName, string? profileLocation, IProfileServices services);

        /// <summary>The profile's settings other than credentials, or null when there is no such profile.</summary>
        ProfileSettings? TryGetSettings(string profileName, string? profileLocation);
    }
}
