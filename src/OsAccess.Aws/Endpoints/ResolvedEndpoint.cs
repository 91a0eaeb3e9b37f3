using OsAccess.Aws.Http;

namespace OsAccess.Aws.Endpoints
{
    /// <summary>An endpoint and where it came from (<c>-EndpointUrl</c>, a variable, or the default).</summary>
    public sealed class ResolvedEndpoint
    {
        public ResolvedEndpoint(AwsServiceId service, AwsEndpoint endpoint, string source)
        {
            Service = service;
            Endpoint = endpoint;
            Source = source;
        }

        public AwsServiceId Service { get; }

        public AwsEndpoint Endpoint { get; }

        public string Source { get; }
    }
}
