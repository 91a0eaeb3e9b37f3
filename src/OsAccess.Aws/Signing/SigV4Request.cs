using System;
using System.Collections.Generic;

namespace OsAccess.Aws.Signing
{
    /// <summary>
    /// The parts of an HTTP request that Signature Version 4 covers.
    /// <see cref="Path"/> and <see cref="Query"/> are decoded (raw) text; the signer encodes them.
    /// <see cref="Headers"/> are exactly the headers to sign (repeat a name to give it several values).
    /// </summary>
    public sealed class SigV4Request
    {
        public SigV4Request(
            string method,
            string path,
            IReadOnlyList<KeyValuePair<string, string>> query,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            string payloadHash)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Path = string.IsNullOrEmpty(path) ? "/" : path;
            Query = query ?? throw new ArgumentNullException(nameof(query));
            Headers = headers ?? throw new ArgumentNullException(nameof(headers));
            PayloadHash = payloadHash ?? throw new ArgumentNullException(nameof(payloadHash));
        }

        public string Method { get; }

        public string Path { get; }

        public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>Lower-case hex SHA-256 of the body (see <see cref="SigV4.HashHex(byte[])"/>).</summary>
        public string PayloadHash { get; }
    }
}
