using System.Net;

namespace OsAccess.Aws.Http
{
    public sealed class AwsResponse
    {
        public AwsResponse(HttpStatusCode statusCode, string body, string? requestId)
        {
            StatusCode = statusCode;
            Body = body;
            RequestId = requestId;
        }

        public HttpStatusCode StatusCode { get; }

        public string Body { get; }

        /// <summary>The <c>x-amzn-RequestId</c> header, when present.</summary>
        public string? RequestId { get; }

        public bool IsSuccess => (int)StatusCode >= 200 && (int)StatusCode < 300;
    }
}
