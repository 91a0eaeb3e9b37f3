using System.Collections.Generic;

namespace OsAccess.Aws.Http
{
    /// <summary>One POST to an AWS endpoint, before signing.</summary>
    public sealed class AwsRequest
    {
        public AwsRequest(string operation, byte[] body, string contentType, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
        {
            Operation = operation;
            Body = body;
            ContentType = contentType;
            Headers = headers ?? new KeyValuePair<string, string>[0];
        }

        public string Operation { get; }

        public byte[] Body { get; }

        public string ContentType { get; }

        /// <summary>Extra headers to send and sign, e.g. <c>X-Amz-Target</c>.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
    }
}
