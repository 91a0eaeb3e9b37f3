using System;
using System.Collections.Generic;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Regions;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Sessions
{
    public class AwsSessionBuilderTests
    {
        private readonly Dictionary<string, string> env = new Dictionary<string, string>();

        private readonly Dictionary<string, ProfileSettings> profiles = new Dictionary<string, ProfileSettings>();

        private readonly SettingsOnly store;

        public AwsSessionBuilderTests() => store = new SettingsOnly(profiles);

        private AwsSessionBuilder Builder() =>
            new AwsSessionBuilder(store, n => env.TryGetValue(n, out var v) ? v : null, () => null);

        [Fact]
        public void BuildsASessionWithRegionCredentialsEndpointsAndTheLog()
        {
            env["AWS_ENDPOINT_URL_SSM"] = "http://127.0.0.1:4566";
            var log = new RecordingCallLog();

            var session = Builder().Build(new CredentialRequest { AccessKey = "AKIA1", SecretKey = "s" }, null, "eu-west-2", null, log);

            Assert.Equal("eu-west-2", session.Region);
            Assert.Equal("$StoredAWSRegion", session.RegionOrigin);
            Assert.Equal("-AccessKey/-SecretKey parameters", session.Credentials.Origin);
            Assert.Equal("http://127.0.0.1:4566/", session.Endpoint(AwsServiceId.Ssm).Endpoint.Url.ToString());
            Assert.Equal("https://sts.eu-west-2.amazonaws.com/", session.Endpoint(AwsServiceId.Sts).Endpoint.Url.ToString());
            Assert.Same(log, session.Log);
            Assert.Same(log, session.OptionsFor(AwsServiceId.Iam).Log);
        }

        [Fact]
        public void AnUnknownRegionIsRefusedBeforeAnyCallUnlessAnEndpointIsConfigured()
        {
            var keys = new CredentialRequest { AccessKey = "AKIA1", SecretKey = "s" };
            var error = Assert.Throws<ArgumentException>(() => Builder().Build(keys, "us-east-9", null, null, new RecordingCallLog()));
            Assert.StartsWith("'us-east-9' (from -Region parameter) is not an AWS region: did you mean us-east-1 or us-east-2?", error.Message);
            env["AWS_REGION"] = "useast1";
            Assert.Contains("(from $env:AWS_REGION)", Assert.Throws<ArgumentException>(() => Builder().Build(keys, null, null, null, new RecordingCallLog())).Message);

            Assert.Equal("local-1", Builder().Build(keys, "local-1", null, "http://127.0.0.1:4566", new RecordingCallLog()).Region);
            env["AWS_ENDPOINT_URL_SSM"] = "http://127.0.0.1:4566";
            Assert.Equal("useast1", Builder().Build(keys, null, null, null, new RecordingCallLog()).Region);
        }

        [Fact]
        public void AMalformedEndpointFailsWhileBuildingNotAtTheFirstCall()
        {
            Assert.Throws<ArgumentException>(() =>
                Builder().Build(new CredentialRequest { AccessKey = "AKIA1", SecretKey = "s" }, "us-east-1", null, "127.0.0.1:4566", new RecordingCallLog()));
        }

        [Fact]
        public void TheRegionIsCheckedBeforeSearchingForCredentials()
        {
            Assert.Throws<RegionNotFoundException>(() => Builder().Build(new CredentialRequest(), null, null, null, new RecordingCallLog()));
        }

        [Fact]
        public void AMissingNamedProfileIsReportedEvenWithoutARegion()
        {
            var error = Assert.Throws<CredentialResolutionException>(() =>
                Builder().Build(new CredentialRequest { ProfileName = "nosuch" }, null, null, null, new RecordingCallLog()));

            Assert.Contains("The profile 'nosuch' was not found", error.Message);
        }

        [Fact]
        public void TheEndpointUrlOfTheProfileInUseComesAfterTheVariables()
        {
            profiles["default"] = new ProfileSettings { Name = "default", EndpointUrl = "http://127.0.0.1:7000" };
            profiles["lab"] = new ProfileSettings { Name = "lab", EndpointUrl = "http://127.0.0.1:7001" };
            env["AWS_ENDPOINT_URL_SSM"] = "http://127.0.0.1:4566";
            var keys = new CredentialRequest { AccessKey = "AKIA1", SecretKey = "s" };

            var session = Builder().Build(keys, "eu-west-1", null, null, new RecordingCallLog());
            env["AWS_PROFILE"] = "lab";
            var labSession = Builder().Build(keys, "eu-west-1", null, null, new RecordingCallLog());

            Assert.Equal("http://127.0.0.1:7000/", session.Endpoint(AwsServiceId.Iam).Endpoint.Url.ToString());
            Assert.Equal("profile 'default' endpoint_url", session.Endpoint(AwsServiceId.Iam).Source);
            Assert.Equal("us-east-1", session.Endpoint(AwsServiceId.Iam).Endpoint.SigningRegion);
            Assert.Equal("$env:AWS_ENDPOINT_URL_SSM", session.Endpoint(AwsServiceId.Ssm).Source);
            Assert.Equal("http://127.0.0.1:7001/", labSession.Endpoint(AwsServiceId.Sts).Endpoint.Url.ToString());
            Assert.Equal("profile 'lab' endpoint_url", labSession.Endpoint(AwsServiceId.Sts).Source);
        }

        [Fact]
        public void RegionAndEndpointsReadTheProfileOnce()
        {
            profiles["default"] = new ProfileSettings { Name = "default", Region = "ap-northeast-3", EndpointUrl = "http://127.0.0.1:7000" };

            var session = Builder().Build(new CredentialRequest { AccessKey = "AKIA1", SecretKey = "s" }, null, null, null, new RecordingCallLog());
            foreach (var service in AwsServiceId.All)
            {
                session.Endpoint(service);
            }

            Assert.Equal(("ap-northeast-3", "profile 'default'"), (session.Region, session.RegionOrigin));
            Assert.Equal("profile 'default' endpoint_url", session.Endpoint(AwsServiceId.Ssm).Source);
            Assert.Equal(1, store.Reads);
        }

        [Fact]
        public void TheProfileOfProfileNameGivesTheEndpointEvenWithExplicitKeys()
        {
            profiles["default"] = new ProfileSettings { Name = "default", EndpointUrl = "http://127.0.0.1:7000" };
            profiles["lab"] = new ProfileSettings { Name = "lab", EndpointUrl = "http://127.0.0.1:7001" };

            var session = Builder().Build(new CredentialRequest { AccessKey = "AKIA1", SecretKey = "s", ProfileName = "lab" }, "eu-west-1", null, null, new RecordingCallLog());

            Assert.Equal("http://127.0.0.1:7001/", session.Endpoint(AwsServiceId.Organizations).Endpoint.Url.ToString());
        }

        private sealed class SettingsOnly : IProfileStore
        {
            private readonly Dictionary<string, ProfileSettings> settings;

            public SettingsOnly(Dictionary<string, ProfileSettings> settings) => this.settings = settings;

            public ICredentialSource? TryGetCredentials(string profileName, string? profileLocation, IProfileServices services) => null;

            public int Reads { get; private set; }

            public ProfileSettings? TryGetSettings(string profileName, string? profileLocation)
            {
                Reads++;
                return settings.TryGetValue(profileName, out var found) ? found : null;
            }
        }
    }
}
