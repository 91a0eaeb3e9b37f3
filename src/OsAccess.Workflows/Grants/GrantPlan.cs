using System.Collections.Generic;
using OsAccess.Core.Changes;
using OsAccess.Core.Grants;

namespace OsAccess.Workflows.Grants
{
    /// <summary>
    /// A grant read and checked against the hub, not yet written: the record it will be, the policy that holds it, and
    /// what of the person's old grants housekeeping removes first.
    /// </summary>
    public sealed class GrantPlan
    {
        public GrantRecord Record { get; init; } = new GrantRecord();

        public string HubAccountId { get; init; } = string.Empty;

        public string PolicyName { get; init; } = string.Empty;

        public string PolicyPath { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string Document { get; init; } = string.Empty;

        /// <summary>What -WhatIf and -Confirm show: the policy, indented, against none.</summary>
        public PlannedChange Change { get; init; } = null!;

        /// <summary>The person's grants that are over, attached to the user: detached and deleted before the new one is written.</summary>
        public IReadOnlyList<string> ExpiredPolicyArns { get; init; } = new string[0];

        /// <summary>Grant policies of the person attached to nobody for a while (a grant that failed between its two calls): deleted.</summary>
        public IReadOnlyList<string> LeftoverPolicyArns { get; init; } = new string[0];
    }
}
