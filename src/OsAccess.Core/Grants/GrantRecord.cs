using System;
using System.Collections.Generic;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// One time-boxed grant as IAM holds it (docs/grants.md): a customer managed policy under
    /// <see cref="GrantPolicyName.PathRoot"/> attached to the person's user; the window and accounts are its document,
    /// who granted it, when and why its description.
    /// </summary>
    public sealed class GrantRecord
    {
        public string GrantId { get; init; } = string.Empty;

        public string UserName { get; init; } = string.Empty;

        public IReadOnlyList<string> AccountIds { get; init; } = new string[0];

        public string RoleName { get; init; } = string.Empty;

        public AccessWindow Window { get; init; }

        /// <summary>Null when the grant was made with -NoReason.</summary>
        public string? Reason { get; init; }

        public string GrantedBy { get; init; } = string.Empty;

        public DateTimeOffset GrantedAt { get; init; }

        /// <summary>The ARN of the managed policy that holds the grant.</summary>
        public string PolicyArn { get; init; } = string.Empty;

        /// <summary>Pending until the window opens, Active inside it, Expired from its end on (IAM's bounds are strict).</summary>
        public GrantStatus StatusAt(DateTimeOffset now) =>
            now <= Window.Start ? GrantStatus.Pending : now < Window.End ? GrantStatus.Active : GrantStatus.Expired;
    }
}
