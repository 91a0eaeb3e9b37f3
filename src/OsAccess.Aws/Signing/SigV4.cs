using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OsAccess.Aws.Signing
{
    /// <summary>
    /// Signature Version 4: string to sign, signing key and signature.
    /// Every step is public so that a server can recompute and verify a signature it receives.
    /// </summary>
    public static class SigV4
    {
        public const string Algorithm = "AWS4-HMAC-SHA256";

        /// <summary>SHA-256 of the empty body.</summary>
        public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        /// <summary>The <c>X-Amz-Date</c> form: <c>yyyyMMddTHHmmssZ</c>.</summary>
        public static string FormatTime(DateTimeOffset signedAt) =>
            signedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

        public static bool TryParseTime(string amzDate, out DateTimeOffset signedAt) =>
            DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out signedAt);

        public static string HashHex(byte[] data)
        {
            using (var sha = SHA256.Create())
            {
                return ToHex(sha.ComputeHash(data));
            }
        }

        public static string HashHex(string text) => HashHex(Encoding.UTF8.GetBytes(text));

        public static string StringToSign(DateTimeOffset signedAt, SigV4Scope scope, string canonicalRequest) =>
            Algorithm + "\n" + FormatTime(signedAt) + "\n" + scope + "\n" + HashHex(canonicalRequest);

        public static byte[] SigningKey(string secretAccessKey, SigV4Scope scope)
        {
            byte[] key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), scope.Date);
            key = Hmac(key, scope.Region);
            key = Hmac(key, scope.Service);
            return Hmac(key, SigV4Scope.Terminator);
        }

        public static string Signature(string secretAccessKey, SigV4Scope scope, string stringToSign) =>
            ToHex(Hmac(SigningKey(secretAccessKey, scope), stringToSign));

        /// <summary>All steps at once: canonical request, string to sign, signature.</summary>
        public static string Signature(string secretAccessKey, SigV4Scope scope, DateTimeOffset signedAt, SigV4Request request) =>
            Signature(secretAccessKey, scope, StringToSign(signedAt, scope, SigV4Canonicalizer.CanonicalRequest(request)));

        /// <summary>Compares two signatures in constant time.</summary>
        public static bool SignaturesEqual(string expected, string actual)
        {
            if (expected == null || actual == null || expected.Length != actual.Length)
            {
                return false;
            }

            int difference = 0;
            for (int i = 0; i < expected.Length; i++)
            {
                difference |= expected[i] ^ actual[i];
            }

            return difference == 0;
        }

        private static byte[] Hmac(byte[] key, string data)
        {
            using (var hmac = new HMACSHA256(key))
            {
                return hmac.ComputeHash(Encoding.UTF8.GetBytes(data));
            }
        }

        private static string ToHex(byte[] bytes)
        {
            var builder = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
