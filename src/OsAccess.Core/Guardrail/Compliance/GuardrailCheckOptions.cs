using System;
using System.Collections.Generic;
using OsAccess.Core.Time;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>What the guardrail checks test: the guardrail as published, and the organization's facts around it.</summary>
    public sealed class GuardrailCheckOptions
    {
        public GuardrailCheckOptions(ResolvedGuardrailOptions guardrail) => Guardrail = guardrail ?? throw new ArgumentNullException(nameof(guardrail));

        /// <summary>What the guardrail should enforce: which channels, who is exempt, whether the roles are protected.</summary>
        public ResolvedGuardrailOptions Guardrail { get; }

        /// <summary>Accounts where people's IAM users live: not being covered there is an error of its own.</summary>
        public IReadOnlyList<string> HubAccountIds { get; init; } = Array.Empty<string>();

        /// <summary>
        /// Principals to test instead of the built-in administrator: user, role or assumed-role ARNs. One with <c>*</c> for its
        /// account stands for that principal in every account; one with an account id is tested in that account only, and
        /// accounts no ARN names are tested with the built-in administrator.
        /// </summary>
        public IReadOnlyList<string> PrincipalArns { get; init; } = Array.Empty<string>();

        /// <summary>The Region the requests are asked about (<c>aws:RequestedRegion</c>, and instance ARNs).</summary>
        public string Region { get; init; } = DefaultRegion;

        public const string DefaultRegion = "us-east-1";

        /// <summary>Informational findings count against compliance too.</summary>
        public bool Strict { get; init; }

        /// <summary>The instant requests are evaluated at (<c>aws:CurrentTime</c>).</summary>
        public IClock Clock { get; init; } = SystemClock.Instance;
    }
}
