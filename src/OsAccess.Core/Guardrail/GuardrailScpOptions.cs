using System.Collections.Generic;

namespace OsAccess.Core.Guardrail
{
    /// <summary>What the guardrail SCP denies, and to whom it leaves OS access.</summary>
    public sealed class GuardrailScpOptions
    {
        /// <summary>The role OS access runs as in member accounts (the seed's design).</summary>
        public const string OsAccessRoleName = "OSAccess";

        /// <summary>The role Systems Manager just-in-time node access runs sessions as.</summary>
        public const string JustInTimeRoleName = "SSM-JustInTimeAccessTokenRole";

        /// <summary>Roles (by name, in any account) that keep OS access. Default: <c>OSAccess</c>.</summary>
        public IReadOnlyList<string> ExemptRoleNames { get; init; } = new[] { OsAccessRoleName };

        /// <summary>The action the seed's SCP denies.</summary>
        public const string StartSessionAction = "ssm:StartSession";

        /// <summary>Actions denied to everyone else. Default: <c>ssm:StartSession</c>, as in the seed.</summary>
        public IReadOnlyList<string> DeniedActions { get; init; } = new[] { StartSessionAction };
    }
}
