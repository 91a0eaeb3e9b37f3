using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Scp
{
    /// <summary>An SCP as AWS holds it today, found by its name: its summary, content, targets and whether OsAccess created it.</summary>
    public sealed class PublishedScp
    {
        public const string PolicyType = "SERVICE_CONTROL_POLICY";

        private PublishedScp(OrgPolicySummary summary, string content, IReadOnlyList<string> targetIds, bool managedByOsAccess)
        {
            Summary = summary;
            Content = content;
            TargetIds = targetIds;
            ManagedByOsAccess = managedByOsAccess;
        }

        public OrgPolicySummary Summary { get; }

        /// <summary>The content exactly as AWS holds it.</summary>
        public string Content { get; }

        /// <summary>The content indented the way OsAccess writes documents, so that a line diff shows what differs; as AWS holds it when it does not parse.</summary>
        public string IndentedContent => PolicyParser.TryParse(Content, out var document, out _) ? PolicyJsonWriter.Write(document!, PolicyJsonStyle.Indented) : Content;

        /// <summary>The roots, OUs and accounts it is attached to, in the order AWS lists them.</summary>
        public IReadOnlyList<string> TargetIds { get; }

        /// <summary>It carries <see cref="OsAccessManagedTag"/>.</summary>
        public bool ManagedByOsAccess { get; }

        /// <summary>
        /// The SCP named <paramref name="name"/>, or null when there is none: ListPolicies (every page), then DescribePolicy,
        /// ListTargetsForPolicy and ListTagsForResource for that one policy.
        /// </summary>
        public static async Task<PublishedScp?> FindAsync(IOrganizationsClient org, string name, CancellationToken cancellationToken)
        {
            OrgPolicySummary? summary = null;
            await Pagination.ForEachAsync((token, ct) => org.ListPoliciesAsync(PolicyType, token, ct),
                policy => summary ??= string.Equals(policy.Name, name, StringComparison.Ordinal) ? policy : null, cancellationToken).ConfigureAwait(false);
            if (summary == null) return null;

            var policy = await org.DescribePolicyAsync(summary.Id, cancellationToken).ConfigureAwait(false);
            var targets = new List<string>();
            await Pagination.ForEachAsync((token, ct) => org.ListTargetsForPolicyAsync(summary.Id, token, ct), t => targets.Add(t.TargetId), cancellationToken).ConfigureAwait(false);
            var tags = new List<AwsTag>();
            await Pagination.ForEachAsync((token, ct) => org.ListTagsForResourceAsync(summary.Id, token, ct), tags.Add, cancellationToken).ConfigureAwait(false);
            return new PublishedScp(policy.Summary, policy.Content, targets, OsAccessManagedTag.IsOn(tags));
        }

        /// <summary>Target ids as the lines of a document, one per line in ordinal order, for a <see cref="Core.Changes.PlannedChange"/>'s diff.</summary>
        internal static string TargetLines(IEnumerable<string> targetIds)
        {
            var sorted = new List<string>(targetIds);
            sorted.Sort(StringComparer.Ordinal);
            return sorted.Count == 0 ? "(no targets)\n" : string.Join("\n", sorted) + "\n";
        }
    }
}
