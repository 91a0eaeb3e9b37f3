using System;
using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using OsAccess.Aws.Credentials.Sso;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// <see cref="IProfileStore"/> over AWSSDK.Core's <c>CredentialProfileStoreChain</c>. IAM Identity Center profiles
    /// (<c>sso_*</c>) call the portal through <see cref="IProfileServices"/>, so they reach the session's endpoints; the
    /// other kinds are left to the SDK.
    /// </summary>
    public sealed class SdkProfileStore : IProfileStore
    {
        public static readonly SdkProfileStore Instance = new SdkProfileStore();

        public ICredentialSource? TryGetCredentials(string profileName, string? profileLocation, IProfileServices services)
        {
            var chain = new CredentialProfileStoreChain(profileLocation);
            return chain.TryGetProfile(profileName, out CredentialProfile profile)
                ? FromProfile(chain, profile, services, new HashSet<string>(StringComparer.Ordinal) { profileName })
                : null;
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

        private static ICredentialSource FromProfile(CredentialProfileStoreChain chain, CredentialProfile profile, IProfileServices services, HashSet<string> visited)
        {
            var options = profile.Options;
            if (!string.IsNullOrEmpty(options.SsoAccountId) || !string.IsNullOrEmpty(options.SsoRoleName) || !string.IsNullOrEmpty(options.SsoSession))
            {
                return new SsoCredentialSource(new SsoProfile
                {
                    ProfileName = profile.Name,
                    AccountId = options.SsoAccountId,
                    RoleName = options.SsoRoleName,
                    StartUrl = options.SsoStartUrl,
                    Region = options.SsoRegion,
                    Session = string.IsNullOrEmpty(options.SsoSession) ? null : options.SsoSession,
                }, services);
            }

            return new SdkCredentialSource(profile.GetAWSCredentials(chain));
        }
    }
}
