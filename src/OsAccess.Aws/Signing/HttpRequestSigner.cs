using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Signing
{
    /// <summary>Signs an outgoing <see cref="HttpRequestMessage"/> whose body is <c>body</c>.</summary>
    public static class HttpRequestSigner
    {
        public static void Sign(HttpRequestMessage request, byte[] body, AwsCredentials credentials, string region, string service, DateTimeOffset signedAt)
        {
            Uri uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("host", uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port),
                new KeyValuePair<string, string>("x-amz-date", SigV4.FormatTime(signedAt)),
            };
            if (credentials.SessionToken != null)
            {
                headers.Add(new KeyValuePair<string, string>("x-amz-security-token", credentials.SessionToken));
            }

            foreach (var header in request.Headers.Where(h => h.Key.StartsWith("X-Amz-Target", StringComparison.OrdinalIgnoreCase)))
            {
                headers.Add(new KeyValuePair<string, string>(header.Key, string.Join(",", header.Value)));
            }

            if (request.Content?.Headers.ContentType != null)
            {
                headers.Add(new KeyValuePair<string, string>("content-type", request.Content.Headers.ContentType.ToString()));
            }

            var toSign = new SigV4Request(request.Method.Method, Uri.UnescapeDataString(uri.AbsolutePath), ParseQuery(uri.Query), headers, SigV4.HashHex(body));
            var scope = SigV4Scope.At(signedAt, region, service);
            string signature = SigV4.Signature(credentials.SecretAccessKey, scope, signedAt, toSign);

            request.Headers.TryAddWithoutValidation("X-Amz-Date", SigV4.FormatTime(signedAt));
            if (credentials.SessionToken != null)
            {
                request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
            }

            var authorization = new SigV4Authorization(credentials.AccessKeyId, scope, SigV4Canonicalizer.SignedHeaders(headers), signature);
            request.Headers.TryAddWithoutValidation("Authorization", authorization.ToString());
        }

        /// <summary>Splits a raw query string (<c>?a=1&amp;b</c>) into decoded pairs.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> ParseQuery(string rawQuery)
        {
            string query = rawQuery.StartsWith("?", StringComparison.Ordinal) ? rawQuery.Substring(1) : rawQuery;
            return query.Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(part =>
                {
                    int equals = part.IndexOf('=');
                    string key = equals < 0 ? part : part.Substring(0, equals);
                    string value = equals < 0 ? string.Empty : part.Substring(equals + 1);
                    return new KeyValuePair<string, string>(Decode(key), Decode(value));
                })
                .ToList();
        }

        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}
