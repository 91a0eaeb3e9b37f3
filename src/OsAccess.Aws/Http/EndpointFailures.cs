using System;
using System.Net.Sockets;
using System.Security.Authentication;

namespace OsAccess.Aws.Http
{
    /// <summary>Turns a failure that says the endpoint is wrong (not that AWS refused the call) into an <see cref="AwsEndpointException"/>.</summary>
    internal static class EndpointFailures
    {
        public static Exception Describe(Exception error, AwsClientOptions options, string service, string operation)
        {
            var url = options.Endpoint.Url;
            string where = $"{service} {operation}: {url} (from {options.EndpointSource})";
            var problem = ProblemOf(error);
            switch (problem)
            {
                case AwsEndpointProblem.ConnectionRefused:
                    return new AwsEndpointException(service, operation, url, options.EndpointSource, problem.Value,
                        $"{where} refused the connection: is the service running there, and is the port right?", error);
                case AwsEndpointProblem.HostNotFound:
                    return new AwsEndpointException(service, operation, url, options.EndpointSource, problem.Value,
                        $"{where}: the host {url.Host} was not found: check the endpoint's spelling, the region, and DNS.", error);
                case AwsEndpointProblem.TlsFailed:
                    return new AwsEndpointException(service, operation, url, options.EndpointSource, problem.Value,
                        $"{where} did not complete a TLS handshake: if it serves plain HTTP, use {new UriBuilder(url) { Scheme = Uri.UriSchemeHttp }.Uri}.", error);
                case AwsEndpointProblem.NotAws:
                    return new AwsEndpointException(service, operation, url, options.EndpointSource, problem.Value,
                        $"{where} answered HTTP {(int)((AwsServiceException)error).StatusCode} with no AWS error in it, so it is not an AWS endpoint: " +
                        "is the URL the service's endpoint (an emulator's base URL, not a web page or proxy)?", error);
                default:
                    return error;
            }
        }

        private static AwsEndpointProblem? ProblemOf(Exception error)
        {
            if (error is AwsServiceException aws)
            {
                // Our protocol clients and SdkCall give an answer that names no AWS error code one of these codes. A 5xx
                // without one stays a service error: it is worth retrying later, whoever sent it.
                bool noAwsError = (aws.Code.StartsWith("HttpStatus", StringComparison.Ordinal) && (int)aws.StatusCode < 500)
                    || aws.Code == ServiceErrors.MalformedResponseCode;
                return noAwsError ? AwsEndpointProblem.NotAws : (AwsEndpointProblem?)null;
            }

            for (var cause = error; cause != null; cause = cause.InnerException)
            {
                switch (cause)
                {
                    case SocketException socket when socket.SocketErrorCode == SocketError.ConnectionRefused:
                        return AwsEndpointProblem.ConnectionRefused;
                    case SocketException socket when socket.SocketErrorCode == SocketError.HostNotFound || socket.SocketErrorCode == SocketError.NoData
                        || socket.SocketErrorCode == SocketError.TryAgain:
                        return AwsEndpointProblem.HostNotFound;
                    case AuthenticationException _:
                        return AwsEndpointProblem.TlsFailed;
                }
            }

            return null;
        }
    }
}
