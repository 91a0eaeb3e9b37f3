using System;
using System.Collections.Generic;
using OsAccess.Core.Grants;

namespace OsAccess.Workflows.Report
{
    /// <summary>One row of the grants or standing-access section: who may assume the role, where, when and through what.</summary>
    public sealed class ReportGrant
    {
        /// <summary>Empty for standing access, which no grant made.</summary>
        public string GrantId { get; init; } = string.Empty;

        public string UserName { get; init; } = string.Empty;

        /// <summary>The accounts the access covers; none means every account, <c>*</c> every account not named.</summary>
        public IReadOnlyList<string> AccountIds { get; init; } = new string[0];

        public string RoleName { get; init; } = string.Empty;

        public DateTimeOffset? NotBefore { get; init; }

        public DateTimeOffset? NotAfter { get; init; }

        public GrantStatus Status { get; init; }

        public string? Reason { get; init; }

        public string? GrantedBy { get; init; }

        public bool Managed { get; init; }

        public string PolicyName { get; init; } = string.Empty;

        /// <summary>Where the policy takes effect: <c>user bob</c>, <c>group admins</c>.</summary>
        public string AttachedTo { get; init; } = string.Empty;
    }
}
