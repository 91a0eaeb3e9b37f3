using System;

namespace OsAccess.Aws.Endpoints
{
    /// <summary>
    /// Chooses each service's endpoint: <c>-EndpointUrl</c>, then <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>, then
    /// <c>AWS_ENDPOINT_URL</c> (both ignored when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>), then AWS's own:
    /// IAM and Organizations global (signed for us-east-1 in the aws partition), STS and SSM regional.
    /// </summary>
    public sealed class EndpointResolver
    {
        public const string GlobalVariable = "AWS_ENDPOINT_URL";
        public const string IgnoreVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
        private readonly string? endpointUrl;
        private readonly Func<string, string?> environment;

        /// <param name="endpointUrl">The <c>-EndpointUrl</c> parameter; applies to every service.</param>
        /// <param name="environment">Reads an environment variable.</param>
        public EndpointResolver(string? endpointUrl, Func<string, string?> environment)
        {
            this.endpointUrl = string.IsNullOrWhiteSpace(endpointUrl) ? null : endpointUrl;
            this.environment = environment;
        }

        public ResolvedEndpoint Resolve(AwsServiceId service, string region)
        {
            string signingRegion = AwsPartition.Of(region).SigningRegion(service, region);
            if (endpointUrl != null)
            {
                return Custom(service, endpointUrl, signingRegion, "-EndpointUrl");
            }

            bool ignoreVariables = string.Equals(environment(IgnoreVariable), "true", StringComparison.OrdinalIgnoreCase);
            if (!ignoreVariables)
            {
                foreach (string variable in new[] { service.EndpointVariable, GlobalVariable })
                {
                    string? value = environment(variable);
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        return Custom(service, value!, signingRegion, "$env:" + variable);
                    }
                }
            }

            return new ResolvedEndpoint(service, new Http.AwsEndpoint(AwsPartition.Of(region).DefaultEndpoint(service, region), signingRegion, service.SigningName), "default");
        }

        private static ResolvedEndpoint Custom(AwsServiceId service, string url, string signingRegion, string source)
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"The endpoint '{url}' given by {source} is not an absolute http or https URL.");
            }

            return new ResolvedEndpoint(service, new Http.AwsEndpoint(uri, signingRegion, service.SigningName), source);
        }
    }
}
