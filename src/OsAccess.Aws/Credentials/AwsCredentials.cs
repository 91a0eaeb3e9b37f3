using System;

namespace OsAccess.Aws.Credentials
{
    /// <summary>An access key, its secret and, for temporary credentials, the session token and expiry.</summary>
    public sealed class AwsCredentials
    {
        public AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null, DateTimeOffset? expiration = null)
        {
            if (string.IsNullOrEmpty(accessKeyId))
            {
                throw new ArgumentException("An access key id is required.", nameof(accessKeyId));
            }

            if (string.IsNullOrEmpty(secretAccessKey))
            {
                throw new ArgumentException("A secret access key is required.", nameof(secretAccessKey));
            }

            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
            SessionToken = string.IsNullOrEmpty(sessionToken) ? null : sessionToken;
            Expiration = expiration;
        }

        public string AccessKeyId { get; }

        public string SecretAccessKey { get; }

        public string? SessionToken { get; }

        /// <summary>When temporary credentials stop working; null for long-term keys.</summary>
        public DateTimeOffset? Expiration { get; }

        /// <summary>Never prints the secret or the token.</summary>
        public override string ToString() => "AwsCredentials(" + AccessKeyId + ")";
    }
}
