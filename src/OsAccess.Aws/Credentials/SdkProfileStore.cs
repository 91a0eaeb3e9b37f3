using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace OsAccess.Aws.Credentials
{
    /// <summary><see cref="IProfileStore"/> over AWSSDK.Core's <c>CredentialProfileStoreChain</c>.</summary>
    public sealed class SdkProfileStore : IProfileStore
    {
        public static readonly SdkProfileStore Instance = new SdkProfileStore();

        public ICredentialSource? TryGetCredentials(string profileName, string? profileLocation)
        {
            var chain = new CredentialProfileStoreChain(profileLocation);
            return chain.TryGetAWSCredentials(profileName, out AWSCredentials credentials) ? new SdkCredentialSource(credentials) : null;
        }

        public ProfileSettings? TryGetSettings(string profileName, string? profileLocation)
        {
            var chain = new CredentialProfileStoreChain(profileLocation);
            return chain.TryGetProfile(profileName, out CredentialProfile profile)
                ? new ProfileSettings
                {
                    Name = profileName,
                    Region = profile.Region?.SystemName,
                    EndpointUrl = profile.EndpointUrl,
                    IgnoreConfiguredEndpointUrls = profile.IgnoreConfiguredEndpointUrls,
                }
                : null;
        }
    }
}
