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
    }
}
