using System;
using System.Collections.Generic;
using OsAccess.Workflows.Sessions;

namespace OsAccess.Workflows.Report
{
    /// <summary>
    /// What the access-review page shows: who made it and when, each account's guardrail and role compliance, the grants,
    /// requests, standing access, live sessions and what could not be read. A section that is null was not part of the input (the
    /// page says so); an empty one was read and holds nothing.
    /// </summary>
    public sealed class AccessReport
    {
        public AccessReport(DateTimeOffset generatedAt, string generatedBy)
        {
            GeneratedAt = generatedAt;
            GeneratedBy = generatedBy;
        }

        /// <summary>When the report was made (UTC).</summary>
        public DateTimeOffset GeneratedAt { get; }

        /// <summary>The caller's ARN: whose credentials read what the report shows.</summary>
        public string GeneratedBy { get; }

        /// <summary>The accounts with their guardrail and role results, in organization order.</summary>
        public IReadOnlyList<ReportAccount>? Accounts { get; init; }

        /// <summary>The grants OsAccess made (Managed).</summary>
        public IReadOnlyList<ReportGrant>? Grants { get; init; }

        /// <summary>The requests for access (Get-OSAccessRequest), newest first.</summary>
        public IReadOnlyList<ReportRequest>? Requests { get; init; }

        /// <summary>Why the requests could not be read (the caller may not), when they were to be collected and could not; Requests is then null.</summary>
        public string? RequestsNotRead { get; init; }

        /// <summary>Access to the role that other policies give (Get-OSAccessGrant -IncludeUnmanaged).</summary>
        public IReadOnlyList<ReportGrant>? StandingAccess { get; init; }

        /// <summary>Session Manager sessions open when the report was made.</summary>
        public IReadOnlyList<SessionRecord>? Sessions { get; init; }

        /// <summary>What could not be read, one sentence each (an account whose role could not be read, …).</summary>
        public IReadOnlyList<string> Problems { get; init; } = new string[0];
    }
}
