using System;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// Finds credentials in the order of AWS Tools for PowerShell version 5: <c>-AccessKey</c>/<c>-SecretKey</c> → <c>-Credential</c> →
    /// <c>-ProfileName</c>/<c>-ProfileLocation</c> (a missing named profile is an error, never a fallback) → <c>$StoredAWSCredentials</c> →
    /// environment variables → the default profile (<c>AWS_PROFILE</c>, else <c>default</c>, else the legacy <c>AWS PS Default</c>) →
    /// web identity, container or instance.
    /// </summary>
    public sealed class CredentialResolver
    {
        public const string DefaultProfileName = "default";

        /// <summary>The name older AWS.Tools releases stored their default profile under; still read after <c>default</c>.</summary>
        public const string LegacyDefaultProfileName = "AWS PS Default";
        private readonly IProfileStore profiles;
        private readonly Func<string, string?> environment;
        private readonly Func<ICredentialSource?> platformCredentials;
        private readonly IProfileServices services;

        /// <param name="platformCredentials">Web identity, container or instance credentials; null when there are none.</param>
        /// <param name="services">The calls of profiles whose credentials come from AWS (assume-role, SSO).</param>
        public CredentialResolver(IProfileStore profiles, Func<string, string?> environment, Func<ICredentialSource?> platformCredentials, IProfileServices services)
        {
            this.profiles = profiles;
            this.environment = environment;
            this.platformCredentials = platformCredentials;
            this.services = services;
        }

        public ResolvedCredentials Resolve(CredentialRequest request)
        {
            if (!string.IsNullOrEmpty(request.AccessKey) || !string.IsNullOrEmpty(request.SecretKey))
            {
                if (string.IsNullOrEmpty(request.AccessKey) || string.IsNullOrEmpty(request.SecretKey))
                {
                    throw new CredentialResolutionException("-AccessKey and -SecretKey must be given together.");
                }

                return new ResolvedCredentials(
                    new StaticCredentialSource(new AwsCredentials(request.AccessKey!, request.SecretKey!, request.SessionToken)), "-AccessKey/-SecretKey parameters");
            }

            if (request.Credential != null)
            {
                var fromObject = ReflectedCredentialSource.TryCreate(request.Credential)
                    ?? throw new CredentialResolutionException("-Credential is not an AWS credentials object (it has no GetCredentials method).");
                return new ResolvedCredentials(fromObject, "-Credential parameter");
            }

            if (!string.IsNullOrEmpty(request.ProfileName) || !string.IsNullOrEmpty(request.ProfileLocation))
            {
                string name = string.IsNullOrEmpty(request.ProfileName) ? DefaultProfileName : request.ProfileName!;
                var fromProfile = profiles.TryGetCredentials(name, request.ProfileLocation, services)
                    ?? throw new CredentialResolutionException(
                        $"The profile '{name}' was not found" + (request.ProfileLocation == null ? "." : $" in '{request.ProfileLocation}'.") +
                        " A named profile never falls back to other credentials.");
                return new ResolvedCredentials(fromProfile, $"profile '{name}'");
            }

            var stored = ReflectedCredentialSource.TryCreate(request.StoredCredentials);
            if (stored != null)
            {
                return new ResolvedCredentials(stored, $"$StoredAWSCredentials ({request.StoredCredentials})");
            }

            string? accessKey = environment("AWS_ACCESS_KEY_ID");
            string? secretKey = environment("AWS_SECRET_ACCESS_KEY");
            if (!string.IsNullOrEmpty(accessKey) && !string.IsNullOrEmpty(secretKey))
            {
                return new ResolvedCredentials(
                    new StaticCredentialSource(new AwsCredentials(accessKey!, secretKey!, environment("AWS_SESSION_TOKEN"))), "environment variables");
            }

            string defaultProfile = DefaultProfileNameFrom(environment);
            var fromDefaultProfile = profiles.TryGetCredentials(defaultProfile, null, services);
            if (fromDefaultProfile != null)
            {
                return new ResolvedCredentials(fromDefaultProfile, $"profile '{defaultProfile}'");
            }

            var fromLegacyProfile = defaultProfile == DefaultProfileName ? profiles.TryGetCredentials(LegacyDefaultProfileName, null, services) : null;
            if (fromLegacyProfile != null)
            {
                return new ResolvedCredentials(fromLegacyProfile, $"profile '{LegacyDefaultProfileName}'");
            }

            var platform = platformCredentials();
            if (platform != null)
            {
                return new ResolvedCredentials(platform, "web identity, container or instance credentials");
            }

            throw new CredentialResolutionException(
                "No AWS credentials were found. Pass -ProfileName, -Credential or -AccessKey/-SecretKey, run Set-AWSCredential, " +
                "set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or configure a default profile.");
        }

        /// <summary>The profile whose settings apply: <c>-ProfileName</c> when given, else <see cref="DefaultProfileNameFrom"/>.</summary>
        public static string ProfileInUse(string? profileName, Func<string, string?> environment) =>
            string.IsNullOrEmpty(profileName) ? DefaultProfileNameFrom(environment) : profileName!;

        /// <summary><c>AWS_PROFILE</c> when set, else <c>default</c>.</summary>
        public static string DefaultProfileNameFrom(Func<string, string?> environment)
        {
            string? fromEnvironment = environment("AWS_PROFILE");
            return string.IsNullOrEmpty(fromEnvironment) ? DefaultProfileName : fromEnvironment!;
        }
    }
}
