using System;
using System.Collections.Generic;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;

namespace OsAccess.Aws.Tests.Endpoints
{
    public class EndpointResolverTests
    {
        private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.TryGetValue(name, out var v) ? v : null;

        private static readonly Dictionary<string, string> None = new Dictionary<string, string>();

        [Theory]
        [InlineData("IAM", "eu-west-1", "https://iam.amazonaws.com/", "us-east-1")]
        [InlineData("Organizations", "ap-northeast-1", "https://organizations.us-east-1.amazonaws.com/", "us-east-1")]
        [InlineData("STS", "ap-northeast-1", "https://sts.ap-northeast-1.amazonaws.com/", "ap-northeast-1")]
        [InlineData("SSM", "eu-central-1", "https://ssm.eu-central-1.amazonaws.com/", "eu-central-1")]
        [InlineData("IAM", "cn-north-1", "https://iam.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
        [InlineData("Organizations", "cn-north-1", "https://organizations.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1")]
        [InlineData("SSM", "us-gov-east-1", "https://ssm.us-gov-east-1.amazonaws.com/", "us-gov-east-1")]
        [InlineData("SNS", "ap-northeast-1", "https://sns.ap-northeast-1.amazonaws.com/", "ap-northeast-1")]
        [InlineData("IAM", "us-gov-east-1", "https://iam.us-gov.amazonaws.com/", "us-gov-west-1")]
        public void DefaultsAreAwsGlobalAndRegionalEndpoints(string service, string region, string url, string signingRegion)
        {
            var resolved = new EndpointResolver(null, Env(None)).Resolve(Service(service), region);

            Assert.Equal(url, resolved.Endpoint.Url.ToString());
            Assert.Equal(signingRegion, resolved.Endpoint.SigningRegion);
            Assert.Equal("default", resolved.Source);
        }

        [Fact]
        public void EndpointUrlParameterWinsOverEveryVariableAndKeepsTheSigningRegion()
        {
            var env = Env(new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1/", ["AWS_ENDPOINT_URL_IAM"] = "http://127.0.0.1:2/" });

            var resolved = new EndpointResolver("http://127.0.0.1:4566", env).Resolve(AwsServiceId.Iam, "eu-west-1");

            Assert.Equal("http://127.0.0.1:4566/", resolved.Endpoint.Url.ToString());
            Assert.Equal("us-east-1", resolved.Endpoint.SigningRegion);
            Assert.Equal("iam", resolved.Endpoint.SigningName);
            Assert.Equal("-EndpointUrl", resolved.Source);
        }

        [Theory]
        [InlineData("IAM", "http://127.0.0.1:2/", "$env:AWS_ENDPOINT_URL_IAM")]
        [InlineData("Organizations", "http://127.0.0.1:3/", "$env:AWS_ENDPOINT_URL_ORGANIZATIONS")]
        [InlineData("STS", "http://127.0.0.1:1/", "$env:AWS_ENDPOINT_URL")]
        [InlineData("SSM", "http://127.0.0.1:5/", "$env:AWS_ENDPOINT_URL_SSM")]
        public void AServiceVariableWinsOverTheGlobalOne(string service, string url, string source)
        {
            var env = Env(new Dictionary<string, string>
            {
                ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1/",
                ["AWS_ENDPOINT_URL_IAM"] = "http://127.0.0.1:2/",
                ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = "http://127.0.0.1:3/",
                ["AWS_ENDPOINT_URL_SSM"] = "http://127.0.0.1:5/",
            });

            var resolved = new EndpointResolver(null, env).Resolve(Service(service), "ap-northeast-1");

            Assert.Equal(url, resolved.Endpoint.Url.ToString());
            Assert.Equal(source, resolved.Source);
        }

        [Fact]
        public void AwsIgnoreConfiguredEndpointUrlsTurnsTheVariablesOffButNotTheParameter()
        {
            var env = Env(new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1/", ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true" });

            Assert.Equal("default", new EndpointResolver(null, env).Resolve(AwsServiceId.Sts, "us-west-2").Source);
            Assert.Equal("-EndpointUrl", new EndpointResolver("http://127.0.0.1:9/", env).Resolve(AwsServiceId.Sts, "us-west-2").Source);
        }

        [Fact]
        public void TheProfileEndpointUrlComesAfterBothVariablesAndTheProfileIsReadOnce()
        {
            int reads = 0;
            Func<ProfileSettings?> profile = () =>
            {
                reads++;
                return new ProfileSettings { Name = "lab", EndpointUrl = "http://127.0.0.1:7000/" };
            };
            var resolver = new EndpointResolver(null, Env(new Dictionary<string, string> { ["AWS_ENDPOINT_URL_IAM"] = "http://127.0.0.1:2/" }), profile);

            Assert.Equal("$env:AWS_ENDPOINT_URL_IAM", resolver.Resolve(AwsServiceId.Iam, "eu-west-1").Source);
            var sts = resolver.Resolve(AwsServiceId.Sts, "eu-west-1");
            resolver.Resolve(AwsServiceId.Ssm, "eu-west-1");

            Assert.Equal("http://127.0.0.1:7000/", sts.Endpoint.Url.ToString());
            Assert.Equal("profile 'lab' endpoint_url", sts.Source);
            Assert.Equal("eu-west-1", sts.Endpoint.SigningRegion);
            Assert.Equal(1, reads);
            Assert.Equal("$env:AWS_ENDPOINT_URL", new EndpointResolver(null, Env(new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1/" }), profile)
                .Resolve(AwsServiceId.Sts, "eu-west-1").Source);
        }

        [Theory]
        [InlineData("true", true, "default")]
        [InlineData("TRUE", false, "default")]
        [InlineData("false", true, "profile 'lab' endpoint_url")]
        [InlineData(null, true, "default")]
        [InlineData(null, false, "profile 'lab' endpoint_url")]
        public void TheVariableDecidesWhetherConfiguredEndpointsAreIgnoredElseTheProfile(string? variable, bool profileIgnores, string source)
        {
            var values = new Dictionary<string, string>();
            if (variable != null)
            {
                values["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = variable;
            }

            var resolver = new EndpointResolver(null, Env(values),
                () => new ProfileSettings { Name = "lab", EndpointUrl = "http://127.0.0.1:7000/", IgnoreConfiguredEndpointUrls = profileIgnores });

            Assert.Equal(source, resolver.Resolve(AwsServiceId.Sts, "us-west-2").Source);
            Assert.Equal("-EndpointUrl", new EndpointResolver("http://127.0.0.1:9/", Env(values)).Resolve(AwsServiceId.Sts, "us-west-2").Source);
        }

        [Theory]
        [InlineData("not a url")]
        [InlineData("ftp://127.0.0.1/")]
        [InlineData("/relative")]
        public void AMalformedEndpointIsRefusedAndNamed(string url)
        {
            var error = Assert.Throws<ArgumentException>(() => new EndpointResolver(url, Env(None)).Resolve(AwsServiceId.Iam, "us-east-1"));

            Assert.Contains(url, error.Message);
            Assert.Contains("-EndpointUrl", error.Message);
        }

        private static AwsServiceId Service(string name) => Array.Find(AwsServiceId.All, s => s.Name == name)!;
    }
}
