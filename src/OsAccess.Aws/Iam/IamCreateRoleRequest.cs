using System.Collections.Generic;

namespace OsAccess.Aws.Iam
{
    public sealed class IamCreateRoleRequest
    {
        public string RoleName { get; init; } = string.Empty;
        public string AssumeRolePolicyDocument { get; init; } = string.Empty;
        public string? Path { get; init; }
        public string? Description { get; init; }
        public int? MaxSessionDuration { get; init; }
        public string? PermissionsBoundary { get; init; }
        public IReadOnlyList<AwsTag>? Tags { get; init; }
    }
}
