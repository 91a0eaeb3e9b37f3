using System;

namespace OsAccess.Aws.Http
{
    /// <summary>The error for a success answer whose body cannot be read (a proxy's page, a truncated body).</summary>
    internal static class MalformedResponse
    {
        public const string Code = "MalformedResponse";

        public static AwsServiceException For(string service, string operation, AwsResponse response, Exception cause) =>
            new AwsServiceException(service, operation, Code,
                $"{service} answered {operation} with a body that could not be read: {cause.Message}", response.RequestId, response.StatusCode, cause);
    }
}
