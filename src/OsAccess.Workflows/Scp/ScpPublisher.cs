using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Workflows.Scp
{
    /// <summary>
    /// Publishes the guardrail SCP to an organization: <see cref="PlanAsync"/> reads what AWS holds and what is to change,
    /// then the caller makes each change it has asked about. A policy is found by its name and updated in place (one
    /// UpdatePolicy, never a second policy); it is attached where it is missing and never detached from anywhere.
    /// </summary>
    public sealed class ScpPublisher
    {
        public const string Description = "OsAccess guardrail: denies OS access through Systems Manager to all but the exempt roles.";

        private readonly IOrganizationsClient org;

        public ScpPublisher(IOrganizationsClient org) => this.org = org;

        /// <summary>
        /// Reads the organization, its root, the policy named <paramref name="name"/> (content, targets, tags) and, for each of
        /// <paramref name="targetIds"/> it is not attached to yet, the SCPs that target holds already (which also proves the
        /// target exists). Writes nothing.
        /// </summary>
        public async Task<ScpPublishPlan> PlanAsync(string name, BuiltPolicyDocument document, IReadOnlyList<string> targetIds, CancellationToken cancellationToken)
        {
            var organization = await org.DescribeOrganizationAsync(cancellationToken).ConfigureAwait(false);
            var roots = await Pagination.AllAsync(org.ListRootsAsync, cancellationToken).ConfigureAwait(false);
            var root = roots.Count > 0 ? roots[0] : throw new InvalidOperationException($"Organization {organization.Id} answered no root.");
            bool enabled = false;
            foreach (var type in root.PolicyTypes)
            {
                enabled |= type.Type == PublishedScp.PolicyType && type.Status == "ENABLED";
            }

            var existing = await PublishedScp.FindAsync(org, name, cancellationToken).ConfigureAwait(false);
            var attached = new HashSet<string>(existing?.TargetIds ?? new string[0], StringComparer.Ordinal);
            var missing = new List<string>();
            var problems = new List<ScpTargetProblem>();
            foreach (string target in targetIds)
            {
                if (attached.Contains(target) || missing.Contains(target)) continue;
                var problem = await CheckTargetAsync(organization.Id, target, cancellationToken).ConfigureAwait(false);
                if (problem != null) problems.Add(problem);
                else missing.Add(target);
            }

            return new ScpPublishPlan(name, document, organization.ManagementAccountId, root, enabled, existing, missing, problems);
        }

        /// <summary>Turns on the SCP policy type on the plan's root.</summary>
        public async Task<string> EnableScpsAsync(ScpPublishPlan plan, CancellationToken cancellationToken)
        {
            await org.EnablePolicyTypeAsync(plan.Root.Id, PublishedScp.PolicyType, cancellationToken).ConfigureAwait(false);
            return $"Enabled SCPs on {plan.Root.Id}";
        }

        /// <summary>Creates the policy (tagged as OsAccess's) or updates its content in place; returns the policy and what was done.</summary>
        public async Task<(OrgPolicySummary Policy, string Change)> WriteContentAsync(ScpPublishPlan plan, CancellationToken cancellationToken)
        {
            if (plan.Existing == null)
            {
                var created = await org.CreatePolicyAsync(plan.Name, Description, PublishedScp.PolicyType, plan.Document.MinifiedJson, new[] { OsAccessManagedTag.Tag }, cancellationToken).ConfigureAwait(false);
                return (created.Summary, $"Created {created.Summary.Id}");
            }

            var updated = await org.UpdatePolicyAsync(plan.Existing.Summary.Id, null, null, plan.Document.MinifiedJson, cancellationToken).ConfigureAwait(false);
            return (updated.Summary, "Updated content");
        }

        /// <summary>Attaches the policy to one target.</summary>
        public async Task<string> AttachAsync(string policyId, string targetId, CancellationToken cancellationToken)
        {
            await org.AttachPolicyAsync(policyId, targetId, cancellationToken).ConfigureAwait(false);
            return $"Attached to {targetId}";
        }

        // Whether the target exists and has room for one more SCP: ListPoliciesForTarget answers both.
        private async Task<ScpTargetProblem?> CheckTargetAsync(string organizationId, string target, CancellationToken cancellationToken)
        {
            IReadOnlyList<OrgPolicySummary> held;
            try
            {
                held = await Pagination.AllAsync((token, ct) => org.ListPoliciesForTargetAsync(target, PublishedScp.PolicyType, token, ct), cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException e) when (e.Code == "TargetNotFoundException")
            {
                return new ScpTargetProblem(target, full: false,
                    $"TargetId: {target} is not a root, OU or account of organization {organizationId}. Check the id: Get-ORGRoot, Get-ORGOrganizationalUnit and Get-ORGAccount list them, and their objects can be piped in.");
            }

            int limit = PolicyAttachmentLimits.ServiceControlPoliciesPerTarget;
            if (held.Count < limit) return null;
            return new ScpTargetProblem(target, full: true,
                $"TargetId: {target} already has {held.Count.ToString(CultureInfo.InvariantCulture)} SCPs attached ({string.Join(", ", held.Select(p => p.Name))}), " +
                $"the most AWS allows on one root, OU or account ({limit.ToString(CultureInfo.InvariantCulture)}). Detach one of them, or merge two into one, then publish again; " +
                "or attach the guardrail to a parent OU that has room, which covers this target too.");
        }
    }
}
