using System;

namespace OsAccess.Aws.Iam
{
    /// <summary>A new access key. The secret is only ever returned by CreateAccessKey.</summary>
    public sealed class IamAccessKey
    {
        public string UserName { get; init; } = string.Empty;
        public string AccessKeyId { get; init; } = string.Empty;
        public string Status { get; init; } = string.Empty;
        public string SecretAccessKey { get; init; } = string.Empty;
        public DateTimeOffset? CreateDate { get; init; }

        /// <summary>Never prints the secret.</summary>
        public override string ToString() => "IamAccessKey(" + AccessKeyId + ")";
    }
}
