using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OsAccess.Aws.Signing
{
    /// <summary>Builds the canonical request of Signature Version 4 (task 1 of the signing process).</summary>
    public static class SigV4Canonicalizer
    {
        public static string CanonicalRequest(SigV4Request request)
        {
            var headers = GroupByName(request.Headers);
            var builder = new StringBuilder();
            builder.Append(request.Method.ToUpperInvariant()).Append('\n');
            builder.Append(AwsUriEncoding.EncodePath(request.Path)).Append('\n');
            builder.Append(CanonicalQuery(request.Query)).Append('\n');
            AppendCanonicalHeaders(builder, headers);
            builder.Append('\n');
            builder.Append(SignedHeaders(headers)).Append('\n');
            builder.Append(request.PayloadHash);
            return builder.ToString();
        }

        public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
            string.Join("&", query
                .Select(p => new KeyValuePair<string, string>(AwsUriEncoding.Encode(p.Key), AwsUriEncoding.Encode(p.Value ?? string.Empty)))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => p.Key + "=" + p.Value));

        /// <summary>One <c>name:value\n</c> line per header name, names lower-cased and sorted, values trimmed.</summary>
        public static string CanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
            AppendCanonicalHeaders(new StringBuilder(), GroupByName(headers)).ToString();

        /// <summary>The lower-cased, sorted header names joined by <c>;</c>.</summary>
        public static string SignedHeaders(IEnumerable<KeyValuePair<string, string>> headers) => SignedHeaders(GroupByName(headers));

        private static string SignedHeaders(IReadOnlyList<IGrouping<string, KeyValuePair<string, string>>> headers) =>
            string.Join(";", headers.Select(g => g.Key));

        private static StringBuilder AppendCanonicalHeaders(StringBuilder builder, IReadOnlyList<IGrouping<string, KeyValuePair<string, string>>> headers)
        {
            foreach (var group in headers)
            {
                builder.Append(group.Key).Append(':')
                    .Append(string.Join(",", group.Select(h => TrimValue(h.Value ?? string.Empty))))
                    .Append('\n');
            }

            return builder;
        }

        private static IReadOnlyList<IGrouping<string, KeyValuePair<string, string>>> GroupByName(IEnumerable<KeyValuePair<string, string>> headers) =>
            headers.GroupBy(h => h.Key.Trim().ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

        /// <summary>Trims the value and folds each run of spaces inside it into one; most values have none and are returned as they are.</summary>
        private static string TrimValue(string value)
        {
            bool needsWork = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]));
            for (int i = 0; !needsWork && i < value.Length; i++)
            {
                needsWork = (value[i] != ' ' && IsSpace(value[i])) || (value[i] == ' ' && i + 1 < value.Length && IsSpace(value[i + 1]));
            }

            if (!needsWork)
            {
                return value;
            }

            var builder = new StringBuilder(value.Length);
            bool pendingSpace = false;
            foreach (char c in value.Trim())
            {
                if (IsSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
