using System;
using System.Collections.Generic;
using OsAccess.Core.Requests;

namespace OsAccess.Workflows.Report
{
    /// <summary>One row of the requests section: who asked for what and why, and who decided, when, and the grant it made.</summary>
    public sealed class ReportRequest
    {
        /// <summary>The OpsItem's id (<c>oi-</c>…); the grant an approval makes has the same id.</summary>
        public string RequestId { get; init; } = string.Empty;

        public string UserName { get; init; } = string.Empty;

        public IReadOnlyList<string> AccountIds { get; init; } = new string[0];

        public DateTimeOffset Start { get; init; }

        public DateTimeOffset End { get; init; }

        /// <summary>Null when the caller may not read it.</summary>
        public string? Reason { get; init; }

        public AccessRequestStatus Status { get; init; }

        public DateTimeOffset RequestedAt { get; init; }

        /// <summary>The decider's ARN; null while undecided.</summary>
        public string? DecidedBy { get; init; }

        public DateTimeOffset? DecidedAt { get; init; }

        public string? Comment { get; init; }

        /// <summary>The grant an approval made; null otherwise.</summary>
        public string? GrantId { get; init; }
    }
}
