using System;
using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Endpoints
{
    /// <summary>
    /// Chooses each service's endpoint as AWS SDKs do: <c>-EndpointUrl</c>, then <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
    /// then <c>AWS_ENDPOINT_URL</c>, then the profile's <c>endpoint_url</c> (all three ignored when
    /// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c>, or else the profile's <c>ignore_configured_endpoint_urls</c>, is true),
    /// then AWS's own: IAM and Organizations global (signed for us-east-1 in the aws partition), STS and SSM regional.
    /// </summary>
    public sealed class EndpointResolver
    {
        public const string GlobalVariable = "AWS_ENDPOINT_URL";
        public const string IgnoreVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
        private readonly string? endpointUrl;
        private readonly Func<string, string?> environment;
        private readonly Lazy<ProfileSettings?> profile;

        /// <param name="endpointUrl">The <c>-EndpointUrl</c> parameter; applies to every service.</param>
        /// <param name="environment">Reads an environment variable.</param>
        /// <param name="profile">Reads the settings of the profile in use, at most once and only when they are needed; null for none.</param>
        public EndpointResolver(string? endpointUrl, Func<string, string?> environment, Func<ProfileSettings?>? profile = null)
        {
            this.endpointUrl = string.IsNullOrWhiteSpace(endpointUrl) ? null : endpointUrl;
            this.environment = environment;
            this.profile = new Lazy<ProfileSettings?>(profile ?? (() => null));
        }

        public ResolvedEndpoint Resolve(AwsServiceId service, string region)
        {
            var partition = AwsPartition.Of(region);
            string signingRegion = partition.SigningRegion(service, region);
            if (endpointUrl != null)
            {
                return Custom(service, endpointUrl, signingRegion, "-EndpointUrl");
            }

            if (!IgnoreConfiguredEndpoints())
            {
                foreach (string variable in new[] { service.EndpointVariable, GlobalVariable })
                {
                    string? value = environment(variable);
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        return Custom(service, value!, signingRegion, "$env:" + variable);
                    }
                }

                var settings = profile.Value;
                if (!string.IsNullOrWhiteSpace(settings?.EndpointUrl))
                {
                    return Custom(service, settings!.EndpointUrl!, signingRegion, $"profile '{settings.Name}' endpoint_url");
                }
            }

            return new ResolvedEndpoint(service, new Http.AwsEndpoint(partition.DefaultEndpoint(service, region), signingRegion, service.SigningName), ResolvedEndpoint.DefaultSource);
        }

        /// <summary>Some service the cmdlets call goes to a configured endpoint, where a region name need not be AWS's.</summary>
        public bool AnyConfigured(string region)
        {
            foreach (var service in AwsServiceId.All)
            {
                if (!Resolve(service, region).IsDefault)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The variable when it is set, else the profile's setting.</summary>
        private bool IgnoreConfiguredEndpoints()
        {
            string? variable = environment(IgnoreVariable);
            return string.IsNullOrWhiteSpace(variable)
                ? profile.Value?.IgnoreConfiguredEndpointUrls == true
                : string.Equals(variable!.Trim(), "true", StringComparison.OrdinalIgnoreCase);
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
