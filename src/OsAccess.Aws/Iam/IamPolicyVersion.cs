using System;

namespace OsAccess.Aws.Iam
{
    public sealed class IamPolicyVersion
    {
        public string VersionId { get; init; } = string.Empty;

        /// <summary>The policy document, decoded; null where the operation does not return it (list operations).</summary>
        public string? Document { get; init; }
        public bool IsDefaultVersion { get; init; }
        public DateTimeOffset? CreateDate { get; init; }
    }
}
