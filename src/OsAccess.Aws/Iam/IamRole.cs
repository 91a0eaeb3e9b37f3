using System;
using System.Collections.Generic;

namespace OsAccess.Aws.Iam
{
    public sealed class IamRole
    {
        public string RoleName { get; init; } = string.Empty;
        public string RoleId { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Path { get; init; } = "/";
        public DateTimeOffset? CreateDate { get; init; }

        /// <summary>The trust policy, decoded.</summary>
        public string? AssumeRolePolicyDocument { get; init; }
        public string? Description { get; init; }
        public int? MaxSessionDuration { get; init; }
        public string? PermissionsBoundaryArn { get; init; }
        public IReadOnlyList<AwsTag> Tags { get; init; } = new AwsTag[0];
    }
}
