using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Failures;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Aws;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Workflows.Scp;

namespace OsAccess.Workflows.Organization
{
    /// <summary>
    /// Reads every account's SCP path (root → OUs → account, each level with the SCPs attached there) in one walk of the
    /// tree, not a walk per account: each parent's OUs and accounts are listed once, each SCP's content and targets are
    /// read once, in the largest pages the API allows. For n OUs, s SCPs, a accounts and t attachments a whole-org read
    /// costs at most 2·(n+1) + 2·s + ⌈a/20⌉ + ⌈t/20⌉ + 5 calls (docs/guardrail-scp.md); each root, OU or account given
    /// as a target adds one ListParents per level above it.
    /// </summary>
    public sealed class OrganizationScpReader
    {
        private readonly IOrganizationsClient client;
        private readonly int concurrency;

        public OrganizationScpReader(IOrganizationsClient client, int concurrency = 8)
        {
            this.client = client ?? throw new ArgumentNullException(nameof(client));
            if (concurrency < 1) throw new ArgumentOutOfRangeException(nameof(concurrency));
            this.concurrency = concurrency;
        }

        /// <summary>
        /// The accounts under <paramref name="targetIds"/> (roots, OUs, accounts; the whole organization when none), each
        /// with its whole path from the root. Throws <see cref="OrganizationTargetNotFoundException"/> for a target the
        /// organization does not hold, <see cref="OrganizationReadDeniedException"/> when the caller may not read it.
        /// </summary>
        public async Task<OrganizationScpView> ReadAsync(IReadOnlyList<string> targetIds, IProgress<OrganizationReadProgress>? progress, CancellationToken cancellationToken)
        {
            foreach (var id in targetIds) OrgTargetId.Require(id, nameof(targetIds));
            var walk = new Walk(this, progress, cancellationToken);
            var organization = await Call("DescribeOrganization", () => client.DescribeOrganizationAsync(cancellationToken)).ConfigureAwait(false);
            var roots = await Call("ListRoots", () => Pagination.AllAsync(client.ListRootsAsync, cancellationToken)).ConfigureAwait(false);
            var root = roots.First();
            walk.Name(root.Id, root.Name, null);

            var policies = walk.ReadPoliciesAsync();
            var starts = new List<string>();
            var accounts = new HashSet<string>(StringComparer.Ordinal);
            if (targetIds.Count == 0) starts.Add(root.Id);
            foreach (var target in targetIds.Distinct(StringComparer.Ordinal))
            {
                switch (OrgTargetId.KindOf(target))
                {
                    case OrgTargetKind.Root:
                        if (target != root.Id) throw new OrganizationTargetNotFoundException(target);
                        starts.Add(target);
                        break;
                    case OrgTargetKind.OrganizationalUnit:
                        await walk.PlaceAsync(target).ConfigureAwait(false);
                        starts.Add(target);
                        break;
                    default:
                        await walk.PlaceAsync(target).ConfigureAwait(false);
                        accounts.Add(target);
                        break;
                }
            }
            foreach (var account in await walk.DescendAsync(starts).ConfigureAwait(false)) accounts.Add(account);
            var attached = await policies.ConfigureAwait(false);
            walk.Report(); // the last word, once every count is final

            var enabled = root.PolicyTypes.Any(t => t.Type == PublishedScp.PolicyType && t.Status == "ENABLED");
            var paths = accounts.Select(id => walk.PathOf(id, attached, organization.ManagementAccountId, enabled))
                .OrderBy(p => p.PathText, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.AccountName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.AccountId, StringComparer.Ordinal)
                .ToList();
            return new OrganizationScpView(organization.ManagementAccountId, root.Id, enabled, paths);
        }

        private static async Task<T> Call<T>(string operation, Func<Task<T>> call, string? target = null)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (target != null && IsNotFound(error))
            {
                throw new OrganizationTargetNotFoundException(target, error);
            }
            catch (AwsServiceException error) when (AwsFailureClassifier.Classify(error) == AwsFailureKind.AccessDenied || error.Code == "AWSOrganizationsNotInUseException")
            {
                throw new OrganizationReadDeniedException(operation, error);
            }
        }

        private static bool IsNotFound(AwsServiceException error) =>
            error.Code == "ChildNotFoundException" || error.Code == "ParentNotFoundException" || error.Code == "TargetNotFoundException" || error.Code == "AccountNotFoundException";

        /// <summary>One read: what is known of the tree so far, and the listings already made (each parent once).</summary>
        private sealed class Walk
        {
            private readonly OrganizationScpReader reader;
            private readonly IProgress<OrganizationReadProgress>? progress;
            private readonly CancellationToken cancellationToken;
            private readonly SemaphoreSlim slots;
            private readonly ConcurrentDictionary<string, Lazy<Task<Children>>> listings = new ConcurrentDictionary<string, Lazy<Task<Children>>>(StringComparer.Ordinal);
            private readonly ConcurrentDictionary<string, (string Name, string? Parent)> nodes = new ConcurrentDictionary<string, (string, string?)>(StringComparer.Ordinal);
            private int parentsListed;
            private int policiesRead;
            private int policiesFound;
            private int accountsFound;
            private int unitsFound;

            public Walk(OrganizationScpReader reader, IProgress<OrganizationReadProgress>? progress, CancellationToken cancellationToken)
            {
                this.reader = reader;
                this.progress = progress;
                this.cancellationToken = cancellationToken;
                slots = new SemaphoreSlim(reader.concurrency);
            }

            public void Name(string id, string name, string? parent) => nodes[id] = (name, parent);

            /// <summary>Finds the target's place: its parents up to the root (ListParents), and its name and theirs from their parents' listings.</summary>
            public async Task PlaceAsync(string target)
            {
                var chain = new List<string> { target };
                var child = target;
                while (true)
                {
                    var current = child;
                    var parents = await Slot(() => Call("ListParents", () => Pagination.AllAsync((t, ct) => reader.client.ListParentsAsync(current, t, ct), cancellationToken), target)).ConfigureAwait(false);
                    var parent = parents.First();
                    chain.Add(parent.Id);
                    if (parent.Type == "ROOT") break;
                    child = parent.Id;
                }
                for (var i = chain.Count - 1; i > 0; i--)
                {
                    var children = await ListAsync(chain[i]).ConfigureAwait(false);
                    if (!children.Contains(chain[i - 1])) throw new OrganizationTargetNotFoundException(target);
                }
            }

            /// <summary>Lists every parent under <paramref name="starts"/>, level by level, at most the reader's concurrency at once; answers the accounts found.</summary>
            public async Task<IReadOnlyList<string>> DescendAsync(IReadOnlyList<string> starts)
            {
                var accounts = new List<string>();
                var frontier = starts.Distinct(StringComparer.Ordinal).ToList();
                var seen = new HashSet<string>(frontier, StringComparer.Ordinal);
                while (frontier.Count > 0)
                {
                    var listed = await Task.WhenAll(frontier.Select(ListAsync)).ConfigureAwait(false);
                    frontier = new List<string>();
                    foreach (var children in listed)
                    {
                        accounts.AddRange(children.Accounts);
                        frontier.AddRange(children.Units.Where(seen.Add));
                    }
                }
                return accounts;
            }

            /// <summary>Every SCP's content and targets, by target id.</summary>
            public async Task<IReadOnlyDictionary<string, List<ServiceControlPolicy>>> ReadPoliciesAsync()
            {
                var summaries = await Slot(() => Call("ListPolicies", () => Pagination.AllAsync((t, ct) => reader.client.ListPoliciesAsync(PublishedScp.PolicyType, t, ct), cancellationToken))).ConfigureAwait(false);
                Interlocked.Add(ref policiesFound, summaries.Count);
                Report();
                var read = await Task.WhenAll(summaries.Select(async summary =>
                {
                    var policy = await Slot(() => Call("DescribePolicy", () => reader.client.DescribePolicyAsync(summary.Id, cancellationToken))).ConfigureAwait(false);
                    var targets = await Slot(() => Call("ListTargetsForPolicy", () => Pagination.AllAsync((t, ct) => reader.client.ListTargetsForPolicyAsync(summary.Id, t, ct), cancellationToken))).ConfigureAwait(false);
                    Interlocked.Increment(ref policiesRead);
                    Report();
                    return (Policy: new ServiceControlPolicy(summary.Id, summary.Name, policy.Content), Targets: targets);
                })).ConfigureAwait(false);

                var byTarget = new Dictionary<string, List<ServiceControlPolicy>>(StringComparer.Ordinal);
                foreach (var (policy, targets) in read.OrderBy(r => r.Policy.Name, StringComparer.Ordinal).ThenBy(r => r.Policy.Id, StringComparer.Ordinal))
                {
                    foreach (var target in targets)
                    {
                        if (!byTarget.TryGetValue(target.TargetId, out var list)) byTarget[target.TargetId] = list = new List<ServiceControlPolicy>();
                        list.Add(policy);
                    }
                }
                return byTarget;
            }

            public AccountScpPath PathOf(string accountId, IReadOnlyDictionary<string, List<ServiceControlPolicy>> attached, string managementAccountId, bool scpEnabled)
            {
                var levels = new List<ScpLevel>();
                for (string? id = accountId; id != null; id = nodes[id].Parent)
                {
                    var policies = attached.TryGetValue(id, out var list) ? list : new List<ServiceControlPolicy>();
                    levels.Insert(0, new ScpLevel(id, nodes[id].Name, policies));
                }
                return new AccountScpPath(accountId, nodes[accountId].Name, levels) { IsManagementAccount = accountId == managementAccountId, ScpDisabled = !scpEnabled };
            }

            /// <summary>The parent's OUs and accounts, listed once however often asked.</summary>
            private Task<Children> ListAsync(string parentId) =>
                listings.GetOrAdd(parentId, id => new Lazy<Task<Children>>(() => ListOnceAsync(id))).Value;

            private async Task<Children> ListOnceAsync(string parentId)
            {
                var units = Slot(() => Call("ListOrganizationalUnitsForParent",
                    () => Pagination.AllAsync((t, ct) => reader.client.ListOrganizationalUnitsForParentAsync(parentId, t, ct), cancellationToken), parentId));
                var accounts = Slot(() => Call("ListAccountsForParent",
                    () => Pagination.AllAsync((t, ct) => reader.client.ListAccountsForParentAsync(parentId, t, ct), cancellationToken), parentId));
                foreach (var unit in await units.ConfigureAwait(false)) Name(unit.Id, unit.Name, parentId);
                foreach (var account in await accounts.ConfigureAwait(false)) Name(account.Id, account.Name, parentId);
                Interlocked.Increment(ref parentsListed);
                Interlocked.Add(ref unitsFound, (await units.ConfigureAwait(false)).Count);
                Interlocked.Add(ref accountsFound, (await accounts.ConfigureAwait(false)).Count);
                Report();
                return new Children((await units.ConfigureAwait(false)).Select(u => u.Id).ToList(), (await accounts.ConfigureAwait(false)).Select(a => a.Id).ToList());
            }

            private async Task<T> Slot<T>(Func<Task<T>> call)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await call().ConfigureAwait(false);
                }
                finally
                {
                    slots.Release();
                }
            }

            public void Report()
            {
                if (progress == null) return;
                var listed = Volatile.Read(ref parentsListed);
                progress.Report(new OrganizationReadProgress(listed, Math.Max(listed, 1 + Volatile.Read(ref unitsFound)),
                    Volatile.Read(ref policiesRead), Volatile.Read(ref policiesFound), Volatile.Read(ref accountsFound)));
            }
        }

        private sealed class Children
        {
            public Children(IReadOnlyList<string> units, IReadOnlyList<string> accounts)
            {
                Units = units;
                Accounts = accounts;
            }

            public IReadOnlyList<string> Units { get; }

            public IReadOnlyList<string> Accounts { get; }

            public bool Contains(string id) => Units.Contains(id) || Accounts.Contains(id);
        }
    }
}
