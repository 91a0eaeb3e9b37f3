using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Changes;

namespace OsAccess.Workflows.Scp
{
    /// <summary>What unpublishing the guardrail would change: the targets to detach it from and, with all of them, its deletion.</summary>
    public sealed class ScpUnpublishPlan
    {
        internal ScpUnpublishPlan(string managementAccountId, PublishedScp policy, IReadOnlyList<string> detachTargetIds, IReadOnlyList<string> notAttachedTargetIds, bool delete)
        {
            ManagementAccountId = managementAccountId;
            Policy = policy;
            DetachTargetIds = detachTargetIds;
            NotAttachedTargetIds = notAttachedTargetIds;
            Delete = delete;
        }

        public string ManagementAccountId { get; }

        /// <summary>The policy as AWS holds it today.</summary>
        public PublishedScp Policy { get; }

        /// <summary>Targets it is attached to that it will be detached from.</summary>
        public IReadOnlyList<string> DetachTargetIds { get; }

        /// <summary>Targets asked for that it is not attached to: nothing to do there.</summary>
        public IReadOnlyList<string> NotAttachedTargetIds { get; }

        /// <summary>The policy is deleted once detached from everywhere.</summary>
        public bool Delete { get; }

        private string Name => Policy.Summary.Name;

        /// <summary>Detaching it, shown as the list of its targets before and after; null when there is nothing to detach.</summary>
        public PlannedChange? Detach
        {
            get
            {
                if (DetachTargetIds.Count == 0) return null;
                var after = new List<string>(Policy.TargetIds);
                after.RemoveAll(t => DetachTargetIds.Contains(t));
                return new PlannedChange(ManagementAccountId, $"targets of SCP {Name}", "Detach the SCP from " + string.Join(", ", DetachTargetIds),
                    PublishedScp.TargetLines(Policy.TargetIds), PublishedScp.TargetLines(after));
            }
        }

        /// <summary>Deleting it, or null without -All.</summary>
        public PlannedChange? Deletion => Delete
            ? new PlannedChange(ManagementAccountId, $"SCP {Name} ({Policy.Summary.Id})", "Delete the SCP", Policy.IndentedContent, null)
            : null;
    }
}
