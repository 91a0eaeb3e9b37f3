using System.Collections.Generic;

namespace OsAccess.Aws.Sts
{
    public sealed class AssumeRoleInput
    {
        public string RoleArn { get; init; } = string.Empty;
        public string RoleSessionName { get; init; } = "OsAccess";
        public string? ExternalId { get; init; }
        public string? SourceIdentity { get; init; }
        public int? DurationSeconds { get; init; }
        public IReadOnlyList<AwsTag>? Tags { get; init; }
        public IReadOnlyList<string>? TransitiveTagKeys { get; init; }
    }
}
