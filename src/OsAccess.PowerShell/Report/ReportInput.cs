using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Roles;
using OsAccess.PowerShell.Grants;
using OsAccess.PowerShell.Requests;
using OsAccess.PowerShell.Sessions;
using OsAccess.Workflows.Report;
using OsAccess.Workflows.Sessions;

namespace OsAccess.PowerShell.Report
{
    /// <summary>
    /// The objects Export-OSAccessReport shows, sorted into the report's sections by what they are: Test-OSAccessScp and
    /// Test-OSAccessRole results (accounts), Get-OSAccessGrant's grants and standing access, Get-OSAccessRequest's requests,
    /// Get-OSAccessSession's sessions.
    /// A section none of whose objects came stays out of the report.
    /// </summary>
    internal sealed class ReportInput
    {
        private readonly List<OSAccessScpResult> guardrail = new List<OSAccessScpResult>();
        private readonly List<OSAccessRoleTestResult> roles = new List<OSAccessRoleTestResult>();
        private List<ReportGrant>? grants;
        private List<ReportGrant>? standing;
        private List<SessionRecord>? sessions;
        private List<ReportRequest>? requests;
        private string? requestsNotRead;
        private IReadOnlyDictionary<string, string>? roleProblems;
        private IReadOnlyDictionary<string, string>? roleNotApplicable;
        private IReadOnlyList<string> problems = new string[0];

        /// <summary>What the report shows; the text of <see cref="Add"/>'s error.</summary>
        public const string Shown = "the output of Test-OSAccessScp, Test-OSAccessRole, Get-OSAccessGrant, Get-OSAccessRequest or Get-OSAccessSession";

        public bool IsEmpty => guardrail.Count == 0 && roles.Count == 0 && grants == null && standing == null && sessions == null && requests == null;

        /// <summary>False for an object the report does not show.</summary>
        public bool Add(object value)
        {
            switch (value)
            {
                case OSAccessScpResult result:
                    guardrail.Add(result);
                    return true;
                case OSAccessRoleTestResult result:
                    roles.Add(result);
                    return true;
                case OSAccessGrant grant when grant.Managed:
                    (grants ??= new List<ReportGrant>()).Add(Row(grant));
                    return true;
                case OSAccessGrant grant:
                    (standing ??= new List<ReportGrant>()).Add(Row(grant));
                    return true;
                case OSAccessSession session:
                    (sessions ??= new List<SessionRecord>()).Add(Row(session));
                    return true;
                case OSAccessRequest request:
                    (requests ??= new List<ReportRequest>()).Add(Row(request));
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Everything the collector read, as the reading cmdlets would have written it; every section is then present, but
        /// the requests' when the caller may not read them (the page then says why).
        /// </summary>
        public void Add(CollectedAccess collected, string roleName)
        {
            grants ??= new List<ReportGrant>();
            standing ??= new List<ReportGrant>();
            sessions ??= new List<SessionRecord>();
            foreach (var result in collected.Guardrail) Add(result);
            foreach (var result in collected.Roles) Add(result);
            foreach (var grant in collected.Grants) Add(OSAccessGrant.From(grant, collected.ReadAt));
            foreach (var access in collected.StandingAccess) Add(OSAccessGrant.From(access, roleName, collected.ReadAt));
            sessions.AddRange(collected.Sessions);
            requestsNotRead = collected.RequestsNotRead;
            if (requestsNotRead == null)
            {
                requests ??= new List<ReportRequest>();
                foreach (var request in collected.Requests) Add(OSAccessRequest.From(request, collected.ReadAt));
            }
            roleProblems = collected.RoleProblems;
            roleNotApplicable = collected.RoleNotApplicable;
            problems = collected.Problems;
        }

        public AccessReport ToReport(DateTimeOffset generatedAt, string generatedBy) => new AccessReport(generatedAt, generatedBy)
        {
            Accounts = guardrail.Count == 0 && roles.Count == 0 && roleProblems == null ? null
                : ReportAccount.Merge(guardrail, roles, roleProblems, roleNotApplicable),
            Grants = grants,
            StandingAccess = standing,
            Sessions = sessions,
            Requests = requests,
            RequestsNotRead = requestsNotRead,
            Problems = problems.Concat((roleProblems ?? new Dictionary<string, string>()).Select(p => $"The role in {p.Key}: {p.Value}"))
                .Concat(requestsNotRead == null ? new string[0] : new[] { "The hub's requests: " + requestsNotRead }).ToList(),
        };

        private static ReportGrant Row(OSAccessGrant grant) => new ReportGrant
        {
            GrantId = grant.GrantId, UserName = grant.UserName, AccountIds = grant.AccountId, RoleName = grant.RoleName, NotBefore = grant.NotBefore,
            NotAfter = grant.NotAfter, Status = grant.Status, Reason = grant.Reason, GrantedBy = grant.GrantedBy, Managed = grant.Managed,
            PolicyName = grant.PolicyName, AttachedTo = grant.AttachedTo,
        };

        private static ReportRequest Row(OSAccessRequest request) => new ReportRequest
        {
            RequestId = request.RequestId, UserName = request.UserName, AccountIds = request.AccountId, Start = request.Start, End = request.End,
            Reason = request.Reason, Status = request.Status, RequestedAt = request.RequestedAt, DecidedBy = request.DecidedBy, DecidedAt = request.DecidedAt,
            Comment = request.Comment, GrantId = request.GrantId,
        };

        private static SessionRecord Row(OSAccessSession session) => new SessionRecord
        {
            AccountId = session.AccountId, Region = session.Region, SessionId = session.SessionId, Target = session.Target, UserName = session.UserName,
            Owner = session.Owner, StartDate = session.StartDate, EndDate = session.EndDate, Status = session.Status, Reason = session.Reason,
        };
    }
}
