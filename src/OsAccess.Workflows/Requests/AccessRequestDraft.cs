using System.Collections.Generic;
using OsAccess.Core.Grants;

namespace OsAccess.Workflows.Requests
{
    /// <summary>What a person asks for, already checked: where, when and why. Who is not part of it: AWS records the caller.</summary>
    public sealed class AccessRequestDraft
    {
        public IReadOnlyList<string> AccountIds { get; init; } = new string[0];

        public string RoleName { get; init; } = string.Empty;

        public AccessWindow Window { get; init; }

        public string Reason { get; init; } = string.Empty;
    }
}
