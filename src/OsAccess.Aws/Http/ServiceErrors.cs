using System;
using System.Net;

namespace OsAccess.Aws.Http
{
    /// <summary>The errors our protocol clients build when an answer does not say what went wrong, or cannot be read.</summary>
    internal static class ServiceErrors
    {
        /// <summary>The code of a success answer whose body cannot be read (a proxy's page, a truncated body).</summary>
        public const string MalformedResponseCode = "MalformedResponse";

        /// <summary>The code of an error answer that names no AWS error code: <c>HttpStatus502</c>.</summary>
        public static string CodeForStatus(int statusCode) => "HttpStatus" + statusCode;

        /// <summary>An error answer read by a protocol's error reader; what the body did not say is filled in from the HTTP status.</summary>
        public static AwsServiceException FromAnswer(AwsResponse response, string service, string operation, string? code, string? message, string? requestId) =>
            new AwsServiceException(service, operation,
                code ?? CodeForStatus((int)response.StatusCode),
                message ?? $"{service} answered HTTP {(int)response.StatusCode} with no error details.",
                requestId ?? response.RequestId, response.StatusCode);

        public static AwsServiceException Malformed(string service, string operation, AwsResponse response, Exception cause) =>
            new AwsServiceException(service, operation, MalformedResponseCode,
                $"{service} answered {operation} with a body that could not be read: {cause.Message}", response.RequestId, response.StatusCode, cause);

        /// <summary>A success answer that could be read but lacks what the operation returns.</summary>
        public static AwsServiceException Malformed(string service, string operation, string detail) =>
            new AwsServiceException(service, operation, MalformedResponseCode, detail, null, HttpStatusCode.OK);
    }
}
