using System;
using System.Collections.Generic;
using OsAccess.Core.Grants;

namespace OsAccess.Core.Requests
{
    /// <summary>
    /// One request for access as the hub's OpsItem holds it (docs/requests.md): who asked (from the ARN AWS recorded as its
    /// creator), for which accounts, window and reason, and once decided who decided (the ARN AWS recorded as its last
    /// modifier), when, why and the grant it made.
    /// </summary>
    public sealed class AccessRequestRecord
    {
        /// <summary>The OpsItem's id, <c>oi-</c> and 12 hex digits; the grant an approval makes has the same id.</summary>
        public string RequestId { get; init; } = string.Empty;

        public string UserName { get; init; } = string.Empty;

        /// <summary>The requester's ARN, as AWS recorded it (CreatedBy).</summary>
        public string RequesterArn { get; init; } = string.Empty;

        public IReadOnlyList<string> AccountIds { get; init; } = new string[0];

        public string RoleName { get; init; } = string.Empty;

        public AccessWindow Window { get; init; }

        /// <summary>Null when the caller may not read it (someone else's request).</summary>
        public string? Reason { get; init; }

        /// <summary>Why <see cref="Reason"/> is null: AWS's refusal to read the request; null when the reason was read.</summary>
        public string? ReasonRefused { get; init; }

        public DateTimeOffset RequestedAt { get; init; }

        public AccessRequestDecision? Decision { get; init; }

        public string? DecidedBy { get; init; }

        public DateTimeOffset? DecidedAt { get; init; }

        public string? Comment { get; init; }

        public string? GrantId { get; init; }

        /// <summary>Withdrawn by the requester before anyone decided.</summary>
        public bool Withdrawn { get; init; }

        public AccessRequestStatus StatusAt(DateTimeOffset now) =>
            Decision == AccessRequestDecision.Approved ? AccessRequestStatus.Approved
            : Decision == AccessRequestDecision.Denied ? AccessRequestStatus.Denied
            : Withdrawn ? AccessRequestStatus.Cancelled
            : now >= Window.End ? AccessRequestStatus.Expired
            : AccessRequestStatus.Pending;
    }
}
