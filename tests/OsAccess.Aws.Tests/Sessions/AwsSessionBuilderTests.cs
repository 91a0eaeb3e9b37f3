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

        private AwsSessionBuilder Builder() =>
            new AwsSessionBuilder(new NoProfiles(), n => env.TryGetValue(n, out var v) ? v : null, () => null);

        [Fact]
        public void Builds_a_session_with_region_credentials_endpoints_and_the_log()
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
        public void A_malformed_endpoint_fails_while_building_not_at_the_first_call()
        {
            Assert.Throws<ArgumentException>(() =>
                Builder().Build(new CredentialRequest { AccessKey = "AKIA1", SecretKey = "s" }, "us-east-1", null, "127.0.0.1:4566", new RecordingCallLog()));
        }

        [Fact]
        public void The_region_is_checked_before_the_credentials()
        {
            Assert.Throws<RegionNotFoundException>(() => Builder().Build(new CredentialRequest(), null, null, null, new RecordingCallLog()));
        }

        private sealed class NoProfiles : IProfileStore
        {
            public ICredentialSource? TryGetCredentials(string profileName, string? profileLocation) => null;

            public string? TryGetRegion(string profileName, string? profileLocation) => null;
        }
    }
}
