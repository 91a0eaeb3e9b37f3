using System;
using System.Linq;
using OsAccess.Core.Requests;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>
    /// A person's request for access, as the hub's OpsItem holds it (docs/requests.md). Times are UTC; the default view shows
    /// them in local time. Status is as of when the object was made. Reason is empty when the caller may not read it.
    /// </summary>
    public sealed class OSAccessRequest
    {
        public string RequestId { get; set; } = string.Empty;

        public string UserName { get; set; } = string.Empty;

        public string RequesterArn { get; set; } = string.Empty;

        public string[] AccountId { get; set; } = new string[0];

        public string RoleName { get; set; } = string.Empty;

        public DateTimeOffset Start { get; set; }

        public DateTimeOffset End { get; set; }

        public string? Reason { get; set; }

        public AccessRequestStatus Status { get; set; }

        public DateTimeOffset RequestedAt { get; set; }

        public string? DecidedBy { get; set; }

        public DateTimeOffset? DecidedAt { get; set; }

        public string? Comment { get; set; }

        /// <summary>The grant an approval made (Get-OSAccessGrant -GrantId), the same id as the request's.</summary>
        public string? GrantId { get; set; }

        internal static OSAccessRequest From(AccessRequestRecord request, DateTimeOffset now) => new OSAccessRequest
        {
            RequestId = request.RequestId,
            UserName = request.UserName,
            RequesterArn = request.RequesterArn,
            AccountId = request.AccountIds.ToArray(),
            RoleName = request.RoleName,
            Start = request.Window.Start,
            End = request.Window.End,
            Reason = request.Reason,
            Status = request.StatusAt(now),
            RequestedAt = request.RequestedAt,
            DecidedBy = request.DecidedBy,
            DecidedAt = request.DecidedAt,
            Comment = request.Comment,
            GrantId = request.GrantId,
        };

        public override string ToString() => $"{RequestId} {UserName} {Status}";
    }
}
