using System;
using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Regions
{
    /// <summary>
    /// Finds the region in AWS.Tools' order: <c>-Region</c> → <c>$StoredAWSRegion</c> → <c>AWS_REGION</c> →
    /// <c>AWS_DEFAULT_REGION</c> → the region of the profile in use (named, or <c>AWS_PROFILE</c>/<c>default</c>).
    /// </summary>
    public sealed class RegionResolver
    {
        private readonly IProfileStore profiles;
        private readonly Func<string, string?> environment;

        public RegionResolver(IProfileStore profiles, Func<string, string?> environment)
        {
            this.profiles = profiles;
            this.environment = environment;
        }

        /// <returns>The region and where it came from.</returns>
        public (string Region, string Origin) Resolve(string? regionParameter, string? storedRegion, string? profileName, string? profileLocation)
        {
            if (!string.IsNullOrWhiteSpace(regionParameter))
            {
                return (regionParameter!.Trim(), "-Region parameter");
            }

            if (!string.IsNullOrWhiteSpace(storedRegion))
            {
                return (storedRegion!.Trim(), "$StoredAWSRegion");
            }

            foreach (string variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
            {
                string? value = environment(variable);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return (value!.Trim(), "$env:" + variable);
                }
            }

            string profile = CredentialResolver.ProfileInUse(profileName, environment);
            string? fromProfile = profiles.TryGetSettings(profile, profileLocation)?.Region;
            if (!string.IsNullOrWhiteSpace(fromProfile))
            {
                return (fromProfile!, $"profile '{profile}'");
            }

            throw new RegionNotFoundException(
                "No AWS region was found. Pass -Region, run Set-DefaultAWSRegion, set AWS_REGION, or set a region in your profile.");
        }
    }
}
