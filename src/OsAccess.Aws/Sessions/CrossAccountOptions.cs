using System;

namespace OsAccess.Aws.Sessions
{
    /// <summary>How member accounts are reached: which role is assumed, with what session name, and when it is renewed.</summary>
    public sealed class CrossAccountOptions
    {
        public const string DefaultRoleName = "OrganizationAccountAccessRole";

        public string RoleName { get; init; } = DefaultRoleName;

        public string? ExternalId { get; init; }

        public string RoleSessionName { get; init; } = "OsAccess";

        /// <summary>Null for STS's default (1 h).</summary>
        public int? DurationSeconds { get; init; }

        /// <summary>Credentials are renewed this long before they expire.</summary>
        public TimeSpan RefreshBefore { get; init; } = TimeSpan.FromMinutes(5);

        /// <summary>
        /// How long to keep retrying an AssumeRole that IAM refuses because the role (or its trust) was written a
        /// moment ago; zero fails at once.
        /// </summary>
        public TimeSpan WaitForPropagation { get; init; } = TimeSpan.Zero;

        /// <summary>The ARN partition: <c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>.</summary>
        public string Partition { get; init; } = "aws";

        public string RoleArn(string accountId) => $"arn:{Partition}:iam::{accountId}:role/{RoleName}";
    }
}
