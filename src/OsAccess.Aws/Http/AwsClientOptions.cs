using System.Net.Http;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Retry;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Http
{
    /// <summary>What a protocol client needs to reach a service: endpoint, credentials, transport, retries, logging.</summary>
    public sealed class AwsClientOptions
    {
        public AwsClientOptions(AwsEndpoint endpoint, ICredentialSource credentials)
        {
            Endpoint = endpoint;
            Credentials = credentials;
        }

        public AwsEndpoint Endpoint { get; }

        /// <summary>Where <see cref="Endpoint"/> came from, for messages: <c>-EndpointUrl</c>, a variable, a profile, <c>default</c>.</summary>
        public string EndpointSource { get; set; } = Endpoints.ResolvedEndpoint.DefaultSource;

        public ICredentialSource Credentials { get; }

        public HttpClient HttpClient { get; set; } = SharedHttpClient.Instance;

        public IClock Clock { get; set; } = SystemClock.Instance;

        public RetryPolicy Retry { get; set; } = RetryPolicy.Default;

        public IAwsCallLog Log { get; set; } = NullCallLog.Instance;

        /// <summary>The account the calls act in, for the log; null when not known yet.</summary>
        public string? Account { get; set; }
    }
}
