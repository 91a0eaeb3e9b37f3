using System;
using System.Net.Http;

namespace OsAccess.Aws.Http
{
    /// <summary>
    /// An endpoint that gave no AWS answer: refused, unknown host, failed TLS, or an answer that is not AWS's. The message
    /// names the endpoint, where it came from and what to check; the answer itself is not in it.
    /// </summary>
    public sealed class AwsEndpointException : HttpRequestException
    {
        public AwsEndpointException(string service, string operation, Uri url, string source, AwsEndpointProblem problem, string message, Exception inner)
            : base(message, inner)
        {
            Service = service;
            Operation = operation;
            Url = url;
            EndpointSource = source;
            Problem = problem;
        }

        public string Service { get; }

        public string Operation { get; }

        public Uri Url { get; }

        /// <summary>Where the endpoint came from: <c>-EndpointUrl</c>, <c>$env:AWS_ENDPOINT_URL</c>, a profile's <c>endpoint_url</c>, <c>default</c>.</summary>
        public string EndpointSource { get; }

        public AwsEndpointProblem Problem { get; }
    }
}
