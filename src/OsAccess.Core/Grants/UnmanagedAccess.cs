using System;
using System.Collections.Generic;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// Access to the role that some policy other than an OsAccess grant gives a user: which policy, where it is attached,
    /// in which accounts (none listed: every account), and when (no bounds: standing).
    /// </summary>
    public sealed class UnmanagedAccess
    {
        public string UserName { get; init; } = string.Empty;

        /// <summary>The accounts; empty when the policy allows the role in every account; <c>*</c> among them for every account no policy of the user names.</summary>
        public IReadOnlyList<string> AccountIds { get; init; } = new string[0];

        public string PolicyName { get; init; } = string.Empty;

        /// <summary>The managed policy's ARN; null for an inline policy.</summary>
        public string? PolicyArn { get; init; }

        public string AttachedTo { get; init; } = string.Empty;

        /// <summary>Access opens after this instant; null when it is open from the start.</summary>
        public DateTimeOffset? NotBefore { get; init; }

        /// <summary>Access closes at this instant; null when it never closes.</summary>
        public DateTimeOffset? NotAfter { get; init; }

        /// <summary>Standing without bounds; otherwise Pending, Active or Expired at <paramref name="now"/> as for a grant.</summary>
        public GrantStatus StatusAt(DateTimeOffset now) =>
            NotBefore == null && NotAfter == null ? GrantStatus.Standing
            : NotBefore is DateTimeOffset start && now <= start ? GrantStatus.Pending
            : NotAfter is DateTimeOffset end && now >= end ? GrantStatus.Expired
            : GrantStatus.Active;
    }
}
