using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Organizations;

namespace OsAccess.Workflows.Scp
{
    /// <summary>
    /// Takes the guardrail SCP back: detaches it from the targets given, or from every target and then deletes it. It
    /// touches no other policy: targets keep every other SCP they hold.
    /// </summary>
    public sealed class ScpUnpublisher
    {
        private readonly IOrganizationsClient org;

        public ScpUnpublisher(IOrganizationsClient org) => this.org = org;

        /// <summary>
        /// Reads the policy named <paramref name="name"/> and plans detaching it from <paramref name="targetIds"/>, or from
        /// all its targets and deleting it when <paramref name="targetIds"/> is null. Null when there is no such policy. Writes nothing.
        /// </summary>
        public async Task<ScpUnpublishPlan?> PlanAsync(string name, IReadOnlyList<string>? targetIds, CancellationToken cancellationToken)
        {
            var organization = await org.DescribeOrganizationAsync(cancellationToken).ConfigureAwait(false);
            var policy = await PublishedScp.FindAsync(org, name, cancellationToken).ConfigureAwait(false);
            if (policy == null) return null;

            var attached = new HashSet<string>(policy.TargetIds, StringComparer.Ordinal);
            var detach = new List<string>();
            var notAttached = new List<string>();
            foreach (string target in targetIds ?? policy.TargetIds)
            {
                if (detach.Contains(target) || notAttached.Contains(target)) continue;
                (attached.Contains(target) ? detach : notAttached).Add(target);
            }

            return new ScpUnpublishPlan(organization.ManagementAccountId, policy, detach, notAttached, delete: targetIds == null);
        }

        /// <summary>Detaches the policy from one target; returns what was done.</summary>
        public async Task<string> DetachAsync(ScpUnpublishPlan plan, string targetId, CancellationToken cancellationToken)
        {
            await org.DetachPolicyAsync(plan.Policy.Summary.Id, targetId, cancellationToken).ConfigureAwait(false);
            return $"Detached from {targetId}";
        }

        /// <summary>Deletes the policy (AWS refuses while it is still attached anywhere); returns what was done.</summary>
        public async Task<string> DeleteAsync(ScpUnpublishPlan plan, CancellationToken cancellationToken)
        {
            await org.DeletePolicyAsync(plan.Policy.Summary.Id, cancellationToken).ConfigureAwait(false);
            return $"Deleted {plan.Policy.Summary.Id}";
        }
    }
}
