using System;
using System.Linq;
using OsAccess.Core.Grants;

namespace OsAccess.PowerShell.Grants
{
    /// <summary>
    /// Who may assume the OSAccess role, where and when: a grant OsAccess made (Managed), or, from
    /// Get-OSAccessGrant -IncludeUnmanaged, access that some other policy of the hub gives. Times are UTC; the default view
    /// shows them in local time. Status is as of when the object was made.
    /// </summary>
    public sealed class OSAccessGrant
    {
        public string GrantId { get; set; } = string.Empty;

        public string UserName { get; set; } = string.Empty;

        public string[] AccountId { get; set; } = new string[0];

        public string RoleName { get; set; } = string.Empty;

        public string[] RoleArn { get; set; } = new string[0];

        /// <summary>Access opens after this instant (UTC); null for standing access.</summary>
        public DateTimeOffset? NotBefore { get; set; }

        /// <summary>Access closes at this instant (UTC); null for standing access.</summary>
        public DateTimeOffset? NotAfter { get; set; }

        public GrantStatus Status { get; set; }

        public string? Reason { get; set; }

        public string? GrantedBy { get; set; }

        public DateTimeOffset? GrantedAt { get; set; }

        /// <summary>True for a grant OsAccess made and can revoke; false for access some other policy gives.</summary>
        public bool Managed { get; set; }

        /// <summary>The ARN of the managed policy that gives the access; empty for an inline policy.</summary>
        public string PolicyArn { get; set; } = string.Empty;

        /// <summary>The name of that policy: the grant's managed policy, or the inline or managed policy found by -IncludeUnmanaged.</summary>
        public string PolicyName { get; set; } = string.Empty;

        /// <summary>Where that policy takes effect: <c>user bob</c>, <c>group admins</c>.</summary>
        public string AttachedTo { get; set; } = string.Empty;

        internal static OSAccessGrant From(GrantRecord grant, DateTimeOffset now) => new OSAccessGrant
        {
            GrantId = grant.GrantId,
            UserName = grant.UserName,
            AccountId = grant.AccountIds.ToArray(),
            RoleName = grant.RoleName,
            RoleArn = grant.AccountIds.Select(a => $"arn:aws:iam::{a}:role/{grant.RoleName}").ToArray(),
            NotBefore = grant.Window.Start,
            NotAfter = grant.Window.End,
            Status = grant.StatusAt(now),
            Reason = grant.Reason,
            GrantedBy = grant.GrantedBy,
            GrantedAt = grant.GrantedAt,
            Managed = true,
            PolicyName = grant.PolicyArn.Substring(grant.PolicyArn.LastIndexOf('/') + 1),
            PolicyArn = grant.PolicyArn,
            AttachedTo = "user " + grant.UserName,
        };

        /// <summary>Access some other policy gives: no grant id; no accounts listed means every account, <c>*</c> every account not named.</summary>
        internal static OSAccessGrant From(UnmanagedAccess access, string roleName, DateTimeOffset now) => new OSAccessGrant
        {
            UserName = access.UserName,
            AccountId = access.AccountIds.ToArray(),
            RoleName = roleName,
            RoleArn = (access.AccountIds.Count == 0 ? new[] { RoleAccessFinder.EveryOtherAccount } : access.AccountIds)
                .Select(a => $"arn:aws:iam::{a}:role/{roleName}").ToArray(),
            NotBefore = access.NotBefore,
            NotAfter = access.NotAfter,
            Status = access.StatusAt(now),
            Managed = false,
            PolicyName = access.PolicyName,
            PolicyArn = access.PolicyArn ?? string.Empty,
            AttachedTo = access.AttachedTo,
        };

        public override string ToString() => $"{GrantId} {UserName} {Status}";
    }
}
