using System;
using System.Collections.Generic;

namespace OsAccess.Aws.Iam
{
    public sealed class IamManagedPolicy
    {
        public string PolicyName { get; init; } = string.Empty;
        public string PolicyId { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Path { get; init; } = "/";
        public string? DefaultVersionId { get; init; }
        public int? AttachmentCount { get; init; }
        public bool IsAttachable { get; init; }
        public string? Description { get; init; }
        public DateTimeOffset? CreateDate { get; init; }
        public DateTimeOffset? UpdateDate { get; init; }
        public IReadOnlyList<AwsTag> Tags { get; init; } = new AwsTag[0];
    }
}
