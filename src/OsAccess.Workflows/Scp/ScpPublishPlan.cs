using System.Collections.Generic;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Changes;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Scp
{
    /// <summary>
    /// What publishing the guardrail would change, read from AWS before anything is written: whether SCPs must be turned
    /// on, whether the policy is created, updated or left as it is, and where it must still be attached. Each write is a
    /// <see cref="PlannedChange"/> for -WhatIf and -Confirm; <see cref="Problems"/> are reasons to write nothing at all.
    /// </summary>
    public sealed class ScpPublishPlan
    {
        internal ScpPublishPlan(string name, BuiltPolicyDocument document, string managementAccountId, OrgRoot root, bool scpsEnabled,
            PublishedScp? existing, IReadOnlyList<string> missingTargetIds, IReadOnlyList<ScpTargetProblem> problems)
        {
            Name = name;
            Document = document;
            ManagementAccountId = managementAccountId;
            Root = root;
            ScpsEnabled = scpsEnabled;
            Existing = existing;
            MissingTargetIds = missingTargetIds;
            Problems = problems;
        }

        public string Name { get; }

        /// <summary>The document to publish: its minified JSON is what is sent.</summary>
        public BuiltPolicyDocument Document { get; }

        /// <summary>The account that holds the organization's policies, where every change is made.</summary>
        public string ManagementAccountId { get; }

        public OrgRoot Root { get; }

        public bool ScpsEnabled { get; }

        /// <summary>The policy of that name as AWS holds it, or null when there is none yet.</summary>
        public PublishedScp? Existing { get; }

        /// <summary>The targets asked for that the policy is not attached to yet, in the order given.</summary>
        public IReadOnlyList<string> MissingTargetIds { get; }

        /// <summary>Targets that cannot take the guardrail; when there are any, nothing may be written.</summary>
        public IReadOnlyList<ScpTargetProblem> Problems { get; }

        /// <summary>Turning on the SCP policy type on the root, or null when it is on.</summary>
        public PlannedChange? EnableScps => ScpsEnabled ? null :
            new PlannedChange(ManagementAccountId, $"root {Root.Id}", "Enable service control policies", PublishedScp.PolicyType + ": not enabled\n", PublishedScp.PolicyType + ": ENABLED\n");

        /// <summary>Creating the policy, or updating its content; a change that changes nothing when AWS already holds this content.</summary>
        public PlannedChange Content => Existing == null
            ? new PlannedChange(ManagementAccountId, $"SCP {Name}", "Create the SCP", null, Document.Json)
            : new PlannedChange(ManagementAccountId, $"SCP {Name} ({Existing.Summary.Id})", "Update the SCP's content", Existing.IndentedContent, Document.Json);

        /// <summary>Attaching the policy where it is missing, shown as the list of its targets before and after; null when it is everywhere asked.</summary>
        public PlannedChange? Attach
        {
            get
            {
                if (MissingTargetIds.Count == 0) return null;
                return new PlannedChange(ManagementAccountId, $"targets of SCP {Name}", "Attach the SCP to " + string.Join(", ", MissingTargetIds),
                    Existing == null ? null : PublishedScp.TargetLines(Existing.TargetIds), PublishedScp.TargetLines(TargetIdsAfter));
            }
        }

        /// <summary>Every target the policy is attached to once the plan is carried out.</summary>
        public IReadOnlyList<string> TargetIdsAfter
        {
            get
            {
                var after = new List<string>(Existing?.TargetIds ?? new string[0]);
                after.AddRange(MissingTargetIds);
                return after;
            }
        }
    }
}
