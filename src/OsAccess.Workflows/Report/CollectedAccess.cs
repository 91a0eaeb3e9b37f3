using System;
using System.Collections.Generic;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Requests;
using OsAccess.Core.Roles;
using OsAccess.Workflows.Sessions;

namespace OsAccess.Workflows.Report
{
    /// <summary>What <see cref="AccessReportCollector"/> read, in the shapes the reading workflows give.</summary>
    public sealed class CollectedAccess
    {
        public CollectedAccess(string callerArn, DateTimeOffset readAt)
        {
            CallerArn = callerArn;
            ReadAt = readAt;
        }

        public string CallerArn { get; }

        public DateTimeOffset ReadAt { get; }

        public IReadOnlyList<OSAccessScpResult> Guardrail { get; init; } = new OSAccessScpResult[0];

        public IReadOnlyList<OSAccessRoleTestResult> Roles { get; init; } = new OSAccessRoleTestResult[0];

        /// <summary>Why an account's role could not be read, by account.</summary>
        public IReadOnlyDictionary<string, string> RoleProblems { get; init; } = new Dictionary<string, string>();

        /// <summary>Why an account's role is not checked (the management account, suspended accounts), by account.</summary>
        public IReadOnlyDictionary<string, string> RoleNotApplicable { get; init; } = new Dictionary<string, string>();

        public IReadOnlyList<GrantRecord> Grants { get; init; } = new GrantRecord[0];

        /// <summary>The hub's requests of the last <see cref="AccessReportCollector.RequestDays"/> days, newest first.</summary>
        public IReadOnlyList<AccessRequestRecord> Requests { get; init; } = new AccessRequestRecord[0];

        /// <summary>Why the requests could not be read, when they could not (the caller may not); Requests is then empty.</summary>
        public string? RequestsNotRead { get; init; }

        public IReadOnlyList<UnmanagedAccess> StandingAccess { get; init; } = new UnmanagedAccess[0];

        public IReadOnlyList<SessionRecord> Sessions { get; init; } = new SessionRecord[0];

        public IReadOnlyList<string> Problems { get; init; } = new string[0];
    }
}
