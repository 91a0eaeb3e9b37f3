using System;

namespace OsAccess.Aws.Ssm
{
    /// <summary>A Session Manager session.</summary>
    public sealed class SsmSession
    {
        public string SessionId { get; init; } = string.Empty;
        public string Target { get; init; } = string.Empty;

        /// <summary><c>Connected</c>, <c>Connecting</c>, <c>Disconnected</c>, <c>Terminated</c>, <c>Terminating</c>, <c>Failed</c>.</summary>
        public string Status { get; init; } = string.Empty;

        /// <summary>The principal that started it (an assumed-role ARN for OSAccess sessions).</summary>
        public string Owner { get; init; } = string.Empty;
        public string? DocumentName { get; init; }
        public string? Reason { get; init; }
        public DateTimeOffset? StartDate { get; init; }
        public DateTimeOffset? EndDate { get; init; }
    }

    /// <summary>What StartSession returns. The token is secret: it opens the session's data channel.</summary>
    public sealed class SsmSessionStart
    {
        public string SessionId { get; init; } = string.Empty;
        public string StreamUrl { get; init; } = string.Empty;
        public string TokenValue { get; init; } = string.Empty;

        /// <summary>Never prints the token.</summary>
        public override string ToString() => "SsmSessionStart(" + SessionId + ")";
    }

    /// <summary>A node managed by Systems Manager.</summary>
    public sealed class SsmManagedNode
    {
        public string InstanceId { get; init; } = string.Empty;
        public string? ComputerName { get; init; }
        public string? PingStatus { get; init; }
        public string? PlatformType { get; init; }
        public string? PlatformName { get; init; }
        public string? ResourceType { get; init; }
        public string? IamRole { get; init; }
        public DateTimeOffset? LastPingDateTime { get; init; }
    }
}
