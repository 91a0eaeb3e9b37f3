using System.Collections.Generic;
using OsAccess.Core.Grants;

namespace OsAccess.Workflows.Grants
{
    /// <summary>What a person asked for, already checked: who, where, when and why.</summary>
    public sealed class GrantRequest
    {
        public string UserName { get; init; } = string.Empty;

        public IReadOnlyList<string> AccountIds { get; init; } = new string[0];

        public string RoleName { get; init; } = string.Empty;

        public AccessWindow Window { get; init; }

        /// <summary>Null with -NoReason.</summary>
        public string? Reason { get; init; }

        /// <summary>
        /// The grant's id, when it must be known beforehand (an approved request's grant has the request's id, so that IAM's
        /// CreatePolicy refuses a second grant for it); null for a random one.
        /// </summary>
        public string? GrantId { get; init; }
    }
}
