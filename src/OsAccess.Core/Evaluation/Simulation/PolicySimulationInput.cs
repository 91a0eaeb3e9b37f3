using System;
using System.Collections.Generic;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>Everything <see cref="PolicySimulator"/> needs, as text: the shape of AWS.Tools' Test-IAMCustomPolicy plus SCPs.</summary>
    public sealed class PolicySimulationInput
    {
        public IReadOnlyList<string> IdentityPolicies { get; init; } = Array.Empty<string>();

        public IReadOnlyList<string> PermissionsBoundaryPolicies { get; init; } = Array.Empty<string>();

        public string? ResourcePolicy { get; init; }

        public string? SessionPolicy { get; init; }

        /// <summary>The organization path, root first and account last.</summary>
        public IReadOnlyList<ScpLevelInput> ServiceControlPolicies { get; init; } = Array.Empty<ScpLevelInput>();

        public string CallerArn { get; init; } = string.Empty;

        public IReadOnlyList<string> Actions { get; init; } = Array.Empty<string>();

        public IReadOnlyList<string> Resources { get; init; } = new[] { "*" };

        public string? ResourceAccount { get; init; }

        public IReadOnlyList<ContextEntry> Context { get; init; } = Array.Empty<ContextEntry>();

        /// <summary>The instant to evaluate at; the clock's reading when null.</summary>
        public DateTimeOffset? CurrentTime { get; init; }

        public bool CallerInManagementAccount { get; init; }
    }
}
