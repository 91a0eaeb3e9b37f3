using OsAccess.Aws.Http;

namespace OsAccess.Aws.Endpoints
{
    /// <summary>An endpoint and where it came from (<c>-EndpointUrl</c>, a variable, or the default).</summary>
    public sealed class ResolvedEndpoint
    {
        /// <summary>The <see cref="Source"/> of AWS's own endpoint, when nothing configures another.</summary>
        public const string DefaultSource = "default";

        public ResolvedEndpoint(AwsServiceId service, AwsEndpoint endpoint, string source)
        {
            Service = service;
            Endpoint = endpoint;
            Source = source;
        }

        public AwsServiceId Service { get; }

        public AwsEndpoint Endpoint { get; }

        public string Source { get; }

        /// <summary>AWS's own endpoint, not one that <c>-EndpointUrl</c>, a variable or the profile configured.</summary>
        public bool IsDefault => Source == DefaultSource;
    }
}
