using System;
using System.Collections.Generic;

namespace OsAccess.Aws.Iam
{
    public sealed class IamUser
    {
        public string UserName { get; init; } = string.Empty;
        public string UserId { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Path { get; init; } = "/";
        public DateTimeOffset? CreateDate { get; init; }
        public string? PermissionsBoundaryArn { get; init; }
        public IReadOnlyList<AwsTag> Tags { get; init; } = new AwsTag[0];
    }
}
