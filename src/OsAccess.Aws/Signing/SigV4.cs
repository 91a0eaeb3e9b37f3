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

        private const string LowerHex = "0123456789abcdef";

        private static volatile DerivedKey? lastSigningKey;

        [ThreadStatic]
        private static SHA256? sha256;

        /// <summary>The <c>X-Amz-Date</c> form: <c>yyyyMMddTHHmmssZ</c>.</summary>
        public static string FormatTime(DateTimeOffset signedAt) =>
            signedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

        public static bool TryParseTime(string amzDate, out DateTimeOffset signedAt) =>
            DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out signedAt);

        /// <summary>Lower-case hex SHA-256; each thread keeps one hash object instead of making one per call.</summary>
        public static string HashHex(byte[] data) => ToHex((sha256 ??= SHA256.Create()).ComputeHash(data));

        public static string HashHex(string text) => HashHex(Encoding.UTF8.GetBytes(text));

        public static string StringToSign(DateTimeOffset signedAt, SigV4Scope scope, string canonicalRequest) =>
            Algorithm + "\n" + FormatTime(signedAt) + "\n" + scope + "\n" + HashHex(canonicalRequest);

        public static byte[] SigningKey(string secretAccessKey, SigV4Scope scope) => (byte[])CachedSigningKey(secretAccessKey, scope).Clone();

        public static string Signature(string secretAccessKey, SigV4Scope scope, string stringToSign) =>
            ToHex(Hmac(CachedSigningKey(secretAccessKey, scope), stringToSign));

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

        /// <summary>
        /// The signing key depends only on the secret and the scope, which stay the same for a day of calls with one set of
        /// credentials; the last one derived is kept (as AWS SDKs do) instead of four HMACs per request.
        /// </summary>
        private static byte[] CachedSigningKey(string secretAccessKey, SigV4Scope scope)
        {
            var cached = lastSigningKey;
            if (cached != null && cached.IsFor(secretAccessKey, scope))
            {
                return cached.Key;
            }

            byte[] key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), scope.Date);
            key = Hmac(key, scope.Region);
            key = Hmac(key, scope.Service);
            key = Hmac(key, SigV4Scope.Terminator);
            lastSigningKey = new DerivedKey(secretAccessKey, scope, key);
            return key;
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
            var hex = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                hex[2 * i] = LowerHex[bytes[i] >> 4];
                hex[(2 * i) + 1] = LowerHex[bytes[i] & 0xF];
            }

            return new string(hex);
        }

        /// <summary>A signing key and what it was derived from; never changed once made, so threads can share it.</summary>
        private sealed class DerivedKey
        {
            private readonly string secret;
            private readonly SigV4Scope scope;

            public DerivedKey(string secret, SigV4Scope scope, byte[] key)
            {
                this.secret = secret;
                this.scope = scope;
                Key = key;
            }

            public byte[] Key { get; }

            public bool IsFor(string secretAccessKey, SigV4Scope other) =>
                string.Equals(secret, secretAccessKey, StringComparison.Ordinal) && scope.Date == other.Date
                && scope.Region == other.Region && scope.Service == other.Service;
        }
    }
}
