using System;
using System.Collections.Generic;
using System.Linq;

namespace OsAccess.Aws.Signing
{
    /// <summary>Recomputes the signature of a received request and compares it with the one it carries.</summary>
    public static class SigV4Verifier
    {
        /// <param name="method">HTTP method.</param>
        /// <param name="path">Decoded request path.</param>
        /// <param name="query">Decoded query parameters.</param>
        /// <param name="headers">All request headers as received (including Authorization).</param>
        /// <param name="payloadHash">Lower-case hex SHA-256 of the body.</param>
        /// <param name="secretForAccessKey">The secret of an access key id, or null when the key is unknown.</param>
        public static SigV4Verification Verify(
            string method,
            string path,
            IReadOnlyList<KeyValuePair<string, string>> query,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            string payloadHash,
            Func<string, string?> secretForAccessKey)
        {
            string? header = Find(headers, "authorization");
            if (header == null)
            {
                return SigV4Verification.Invalid("MissingAuthenticationToken", "Request is missing Authentication Token");
            }

            var authorization = SigV4Authorization.TryParse(header);
            string? amzDate = Find(headers, "x-amz-date");
            if (authorization == null || amzDate == null || !SigV4.TryParseTime(amzDate, out var signedAt))
            {
                return SigV4Verification.Invalid("IncompleteSignature", "The request signature is incomplete or malformed.");
            }

            string? secret = secretForAccessKey(authorization.AccessKeyId);
            if (secret == null)
            {
                return SigV4Verification.Invalid("InvalidClientTokenId", "The security token included in the request is invalid.", authorization);
            }

            var signedNames = new HashSet<string>(authorization.SignedHeaders.Split(';'), StringComparer.Ordinal);
            var signedHeaders = headers.Where(h => signedNames.Contains(h.Key.Trim().ToLowerInvariant())).ToList();
            var request = new SigV4Request(method, path, query, signedHeaders, payloadHash);
            string expected = SigV4.Signature(secret, authorization.Scope, signedAt, request);
            return SigV4.SignaturesEqual(expected, authorization.Signature)
                ? SigV4Verification.Valid(authorization)
                : SigV4Verification.Invalid("SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.", authorization);
        }

        private static string? Find(IEnumerable<KeyValuePair<string, string>> headers, string name) =>
            headers.Where(h => string.Equals(h.Key.Trim(), name, StringComparison.OrdinalIgnoreCase))
                .Select(h => h.Value)
                .FirstOrDefault();
    }
}
