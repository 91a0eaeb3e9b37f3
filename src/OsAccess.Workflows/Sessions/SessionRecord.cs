using System;

namespace OsAccess.Workflows.Sessions
{
    /// <summary>A Session Manager session in one account and region, with the person it belongs to.</summary>
    public sealed class SessionRecord
    {
        public string AccountId { get; init; } = string.Empty;
        public string Region { get; init; } = string.Empty;
        public string SessionId { get; init; } = string.Empty;
        public string Target { get; init; } = string.Empty;

        /// <summary>The person: the role session name of an assumed-role owner, the user name of an IAM user owner.</summary>
        public string UserName { get; init; } = string.Empty;
        public string Owner { get; init; } = string.Empty;
        public DateTimeOffset? StartDate { get; init; }
        public DateTimeOffset? EndDate { get; init; }
        public string Status { get; init; } = string.Empty;
        public string? Reason { get; init; }
    }
}
