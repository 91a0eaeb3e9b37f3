using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Regions;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Credentials
{
    public class CredentialResolverTests
    {
        private readonly Dictionary<string, string> env = new Dictionary<string, string>();
        private readonly FakeProfiles profiles = new FakeProfiles();
        private ICredentialSource? platform;

        private CredentialResolver Resolver() => new CredentialResolver(profiles, n => env.TryGetValue(n, out var v) ? v : null, () => platform, TestProfileServices.At(null));

        private static async Task<string> KeyOf(ResolvedCredentials resolved) => (await resolved.Source.GetCredentialsAsync(CancellationToken.None)).AccessKeyId;

        /// <summary>Every source present at once; each step of the order is removed in turn.</summary>
        private CredentialRequest Everything()
        {
            env["AWS_ACCESS_KEY_ID"] = "AKIA_ENV";
            env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
            profiles.Add("named", "AKIA_NAMED");
            profiles.Add("default", "AKIA_DEFAULT");
            profiles.Add("AWS PS Default", "AKIA_LEGACY");
            platform = new StaticCredentialSource(new AwsCredentials("AKIA_PLATFORM", "s"));
            return new CredentialRequest
            {
                AccessKey = "AKIA_PARAM",
                SecretKey = "param-secret",
                ProfileName = "named",
                Credential = new BasicAWSCredentials("AKIA_OBJECT", "s"),
                StoredCredentials = new StoredCredentialsLike("stored", new BasicAWSCredentials("AKIA_STORED", "s")),
            };
        }

        [Fact]
        public async Task TheOrderIsKeysCredentialProfileStoredEnvironmentDefaultLegacyDefaultPlatform()
        {
            var request = Everything();
            var seen = new List<(string Key, string Origin)>();
            async Task Take(CredentialRequest r)
            {
                var resolved = Resolver().Resolve(r);
                seen.Add((await KeyOf(resolved), resolved.Origin));
            }

            await Take(request);
            await Take(request = new CredentialRequest { ProfileName = request.ProfileName, Credential = request.Credential, StoredCredentials = request.StoredCredentials });
            await Take(request = new CredentialRequest { ProfileName = request.ProfileName, StoredCredentials = request.StoredCredentials });
            await Take(request = new CredentialRequest { StoredCredentials = request.StoredCredentials });
            await Take(request = new CredentialRequest());
            env.Remove("AWS_ACCESS_KEY_ID");
            await Take(request);
            profiles.Remove("default");
            await Take(request);
            profiles.Remove("AWS PS Default");
            await Take(request);

            Assert.Equal(new[]
            {
                ("AKIA_PARAM", "-AccessKey/-SecretKey parameters"),
                ("AKIA_OBJECT", "-Credential parameter"),
                ("AKIA_NAMED", "profile 'named'"),
                ("AKIA_STORED", "$StoredAWSCredentials (stored)"),
                ("AKIA_ENV", "environment variables"),
                ("AKIA_DEFAULT", "profile 'default'"),
                ("AKIA_LEGACY", "profile 'AWS PS Default'"),
                ("AKIA_PLATFORM", "web identity, container or instance credentials"),
            }, seen);
        }

        [Fact]
        public void AMissingNamedProfileIsAnErrorNeverAFallback()
        {
            Everything();

            var error = Assert.Throws<CredentialResolutionException>(() => Resolver().Resolve(new CredentialRequest { ProfileName = "typo", ProfileLocation = "/tmp/creds" }));

            Assert.Contains("'typo'", error.Message);
            Assert.Contains("/tmp/creds", error.Message);
        }

        [Fact]
        public async Task AwsProfileNamesTheDefaultProfile()
        {
            profiles.Add("work", "AKIA_WORK");
            env["AWS_PROFILE"] = "work";

            var resolved = Resolver().Resolve(new CredentialRequest());

            Assert.Equal("AKIA_WORK", await KeyOf(resolved));
            Assert.Equal("profile 'work'", resolved.Origin);
        }

        [Fact]
        public async Task SessionTokenTravelsWithExplicitKeys()
        {
            var resolved = Resolver().Resolve(new CredentialRequest { AccessKey = "ASIA1", SecretKey = "s", SessionToken = "tok" });

            Assert.Equal("tok", (await resolved.Source.GetCredentialsAsync(CancellationToken.None)).SessionToken);
        }

        [Fact]
        public void AnAccessKeyWithoutItsSecretIsRefused()
        {
            Assert.Throws<CredentialResolutionException>(() => Resolver().Resolve(new CredentialRequest { AccessKey = "AKIA" }));
        }

        [Fact]
        public void NothingAnywhereIsAnErrorThatSaysWhatToDo()
        {
            var error = Assert.Throws<CredentialResolutionException>(() => Resolver().Resolve(new CredentialRequest()));

            Assert.Contains("Set-AWSCredential", error.Message);
        }

        [Fact]
        public void ACredentialThatIsNotCredentialsIsRefused()
        {
            Assert.Throws<CredentialResolutionException>(() => Resolver().Resolve(new CredentialRequest { Credential = "just a string" }));
        }

        [Fact]
        public void RegionOrderIsParameterStoredAwsRegionAwsDefaultRegionProfile()
        {
            var regions = new RegionResolver(profiles, n => env.TryGetValue(n, out var v) ? v : null);
            profiles.Add("default", "AKIA", "sa-east-1");
            profiles.Add("named", "AKIA", "ca-central-1");
            env["AWS_REGION"] = "eu-west-3";
            env["AWS_DEFAULT_REGION"] = "eu-north-1";

            Assert.Equal(("ap-south-1", "-Region parameter"), regions.Resolve("ap-south-1", "us-west-1", null, null));
            Assert.Equal(("us-west-1", "$StoredAWSRegion"), regions.Resolve(null, "us-west-1", null, null));
            Assert.Equal(("eu-west-3", "$env:AWS_REGION"), regions.Resolve(null, null, null, null));
            env.Remove("AWS_REGION");
            Assert.Equal(("eu-north-1", "$env:AWS_DEFAULT_REGION"), regions.Resolve(null, null, null, null));
            env.Remove("AWS_DEFAULT_REGION");
            Assert.Equal(("sa-east-1", "profile 'default'"), regions.Resolve(null, null, null, null));
            Assert.Equal(("ca-central-1", "profile 'named'"), regions.Resolve(null, null, "named", null));
            profiles.Remove("default");
            Assert.Throws<RegionNotFoundException>(() => regions.Resolve(null, null, null, null));
        }

        /// <summary>Shaped like AWS.Tools' AWSPSCredentials: a non-public Credentials property, ToString is the name.</summary>
        private sealed class StoredCredentialsLike
        {
            private readonly string name;

            public StoredCredentialsLike(string name, AWSCredentials credentials)
            {
                this.name = name;
                Credentials = credentials;
            }

            internal AWSCredentials Credentials { get; }

            public override string ToString() => name;
        }

        private sealed class FakeProfiles : IProfileStore
        {
            private readonly Dictionary<string, (string Key, string? Region)> profiles = new Dictionary<string, (string, string?)>();

            public void Add(string name, string key, string? region = null) => profiles[name] = (key, region);

            public void Remove(string name) => profiles.Remove(name);

            public ICredentialSource? TryGetCredentials(string profileName, string? profileLocation, IProfileServices services) =>
                profiles.TryGetValue(profileName, out var p) ? new StaticCredentialSource(new AwsCredentials(p.Key, "secret")) : null;

            public ProfileSettings? TryGetSettings(string profileName, string? profileLocation) =>
                profiles.TryGetValue(profileName, out var p) ? new ProfileSettings { Name = profileName, Region = p.Region } : null;
        }
    }
}
