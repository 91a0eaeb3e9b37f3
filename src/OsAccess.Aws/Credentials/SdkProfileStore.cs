using System;
using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using OsAccess.Aws.Credentials.Sso;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// <see cref="IProfileStore"/> over AWSSDK.Core's <c>CredentialProfileStoreChain</c>. Profiles that call AWS for their
    /// credentials, assume-role (<c>role_arn</c>) and IAM Identity Center (<c>sso_*</c>), make those calls through
    /// <see cref="IProfileServices"/>, so they reach the session's endpoints; keys, session keys, <c>credential_process</c>
    /// and web identity are left to the SDK.
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
            if (!string.IsNullOrEmpty(options.RoleArn) && string.IsNullOrEmpty(options.WebIdentityTokenFile))
            {
                if (!string.IsNullOrEmpty(options.MfaSerial))
                {
                    throw new CredentialResolutionException(
                        $"The profile '{profile.Name}' assumes {options.RoleArn} with an MFA code (mfa_serial), which OsAccess cannot ask for: " +
                        "get session credentials first (aws sts get-session-token) and pass them with -AccessKey/-SecretKey/-SessionToken.");
                }

                return new RoleProfileCredentialSource(options.RoleArn, options.ExternalID, options.RoleSessionName,
                    SourceOf(chain, profile, services, visited), services);
            }

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

        /// <summary>The credentials an assume-role profile assumes its role with: <c>source_profile</c> or <c>credential_source</c>.</summary>
        private static ICredentialSource SourceOf(CredentialProfileStoreChain chain, CredentialProfile profile, IProfileServices services, HashSet<string> visited)
        {
            var options = profile.Options;
            string? sourceName = string.IsNullOrEmpty(options.SourceProfile) ? null : options.SourceProfile;
            if (sourceName == profile.Name && !string.IsNullOrEmpty(options.AccessKey) && !string.IsNullOrEmpty(options.SecretKey))
            {
                return new StaticCredentialSource(new AwsCredentials(options.AccessKey, options.SecretKey, options.Token));
            }

            if (sourceName != null)
            {
                if (!visited.Add(sourceName))
                {
                    throw new CredentialResolutionException($"The profile '{profile.Name}' names source_profile '{sourceName}', which leads back to itself.");
                }

                return chain.TryGetProfile(sourceName, out CredentialProfile source)
                    ? FromProfile(chain, source, services, visited)
                    : throw new CredentialResolutionException($"The profile '{profile.Name}' names source_profile '{sourceName}', which was not found.");
            }

            switch (options.CredentialSource)
            {
                case "Environment":
                    return new SdkCredentialSource(new EnvironmentVariablesAWSCredentials());
                case "Ec2InstanceMetadata":
                    return new SdkCredentialSource(new InstanceProfileAWSCredentials());
                case "EcsContainer":
                    return new SdkCredentialSource(new GenericContainerCredentials());
                default:
                    throw new CredentialResolutionException(
                        $"The profile '{profile.Name}' has role_arn but no source_profile or credential_source (Environment, Ec2InstanceMetadata or EcsContainer) to assume it with.");
            }
        }
    }
}
