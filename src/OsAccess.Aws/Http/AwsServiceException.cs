using System;
using System.Net;

namespace OsAccess.Aws.Http
{
    /// <summary>An error answered by an AWS service: its code, message and request id.</summary>
    public class AwsServiceException : Exception
    {
        public AwsServiceException(string service, string operation, string code, string message, string? requestId, HttpStatusCode statusCode, Exception? inner = null)
            : base(message, inner)
        {
            Service = service;
            Operation = operation;
            Code = code;
            RequestId = requestId;
            StatusCode = statusCode;
        }

        public string Service { get; }

        public string Operation { get; }

        /// <summary>AWS's error code, e.g. <c>NoSuchEntity</c> or <c>AccessDeniedException</c>.</summary>
        public string Code { get; }

        public string? RequestId { get; }

        public HttpStatusCode StatusCode { get; }

        public override string ToString() =>
            $"{Service} {Operation} failed: {Code} ({(int)StatusCode}): {Message} (request id {RequestId ?? "none"})";
    }
}
