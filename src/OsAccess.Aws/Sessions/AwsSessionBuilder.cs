using System;
using System.Collections.Generic;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Regions;

namespace OsAccess.Aws.Sessions
{
    /// <summary>Builds an <see cref="AwsSession"/> from the common parameters, the shell's stored values and the environment.</summary>
    public sealed class AwsSessionBuilder
    {
        private readonly IProfileStore profiles;
        private readonly Func<string, string?> environment;
        private readonly Func<ICredentialSource?> platformCredentials;

        public AwsSessionBuilder(IProfileStore profiles, Func<string, string?> environment, Func<ICredentialSource?> platformCredentials)
        {
            this.profiles = profiles;
            this.environment = environment;
            this.platformCredentials = platformCredentials;
        }

        /// <summary>The real one: AWSSDK.Core's profiles, the process environment, the SDK's platform credentials.</summary>
        public static AwsSessionBuilder ForProcess() =>
            new AwsSessionBuilder(SdkProfileStore.Instance, Environment.GetEnvironmentVariable, PlatformCredentials.TryGet);

        public AwsSession Build(CredentialRequest credentials, string? region, string? storedRegion, string? endpointUrl, IAwsCallLog log)
        {
            var readOnce = new SettingsReadOnce(profiles);
            string profile = CredentialResolver.ProfileInUse(credentials.ProfileName, environment);
            var endpoints = new EndpointResolver(endpointUrl, environment, () => readOnce.TryGetSettings(profile, credentials.ProfileLocation));
            var resolvedRegion = new Lazy<(string Region, string Origin)>(() => new RegionResolver(readOnce, environment)
                .Resolve(region, storedRegion, credentials.ProfileName, credentials.ProfileLocation));
            var credentialResolver = new CredentialResolver(readOnce, environment, platformCredentials,
                new ProfileServices(endpoints, () => resolvedRegion.Value.Region, log));
            // Credentials the caller named are checked first, so a missing profile is what gets reported; the search of
            // the environment and the platform waits until the region is known to be there.
            var namedCredentials = credentials.NamesItsSource ? credentialResolver.Resolve(credentials) : null;
            var (sessionRegion, regionOrigin) = resolvedRegion.Value;
            if (!endpoints.AnyConfigured(sessionRegion))
            {
                AwsRegions.RequireKnown(sessionRegion, regionOrigin); // before any call goes to a host that does not exist
            }

            var resolvedCredentials = namedCredentials ?? credentialResolver.Resolve(credentials);
            endpoints.Resolve(AwsServiceId.Sts, sessionRegion); // a malformed endpoint fails here, before any call
            return new AwsSession(sessionRegion, regionOrigin, resolvedCredentials, endpoints) 
            {
                Log = log,
                Inputs = new SessionInputs(credentials, sessionRegion, resolvedCredentials.Origin, endpointUrl),
            };
        }

        /// <summary>Region and endpoints both come from the profile in use: its settings are read once per session.</summary>
        private sealed class SettingsReadOnce : IProfileStore
        {
            private readonly IProfileStore inner;
            private readonly Dictionary<(string Name, string? Location), ProfileSettings?> read = new Dictionary<(string, string?), ProfileSettings?>();

            public SettingsReadOnce(IProfileStore inner) => this.inner = inner;

            public ICredentialSource? TryGetCredentials(string profileName, string? profileLocation, IProfileServices services) =>
                inner.TryGetCredentials(profileName, profileLocation, services);

            public ProfileSettings? TryGetSettings(string profileName, string? profileLocation)
            {
                lock (read)
                {
                    if (!read.TryGetValue((profileName, profileLocation), out var settings))
                    {
                        settings = inner.TryGetSettings(profileName, profileLocation);
                        read.Add((profileName, profileLocation), settings);
                    }

                    return settings;
                }
            }
        }
    }
}
