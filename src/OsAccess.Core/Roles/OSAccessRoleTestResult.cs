using System.Collections.Generic;

namespace OsAccess.Core.Roles
{
    /// <summary>Whether the OSAccess role in one account is what Publish-OSAccessRole would write, and safe; and why not.</summary>
    public sealed class OSAccessRoleTestResult
    {
        public OSAccessRoleTestResult(string accountId, string roleArn, IReadOnlyList<OSAccessRoleFinding> findings)
        {
            AccountId = accountId;
            RoleArn = roleArn;
            Findings = findings;
            Compliant = findings.Count == 0;
        }

        public string AccountId { get; }

        public string RoleArn { get; }

        /// <summary>True when there is no finding, of any severity.</summary>
        public bool Compliant { get; }

        public IReadOnlyList<OSAccessRoleFinding> Findings { get; }

        public override string ToString() => $"{AccountId}: {(Compliant ? "compliant" : "not compliant")} ({Findings.Count} findings)";
    }
}
