using System;
using OsAccess.Workflows.Scp;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>The guardrail SCP as Publish-OSAccessScp left it: which policy, what was done, where it is attached, and its size.</summary>
    public sealed class OSAccessScp
    {
        public string PolicyId { get; set; } = string.Empty;
        public string Arn { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;

        /// <summary>What was done to the policy: Created, Updated (its content had drifted) or Unchanged.</summary>
        public ScpStatus Status { get; set; }

        /// <summary>Every write made, in order (Enabled SCPs on r-…, Created p-…, Updated content, Attached to ou-…); empty when none.</summary>
        public string[] Changes { get; set; } = Array.Empty<string>();

        /// <summary>Every root, OU and account the policy is attached to.</summary>
        public string[] Targets { get; set; } = Array.Empty<string>();

        /// <summary>Characters of the content sent, as AWS counts them against the SCP quota.</summary>
        public int Size { get; set; }
    }
}
