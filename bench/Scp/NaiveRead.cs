using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Guardrail.Compliance;

namespace ScpBench
{
    /// <summary>
    /// The approach the organization reader replaces: list the accounts, then for each account its parents up to the
    /// root (ListParents per level), each level's SCPs (ListPoliciesForTarget) and each of those SCPs' content
    /// (DescribePolicy), nothing shared between accounts; as many accounts at once as the reader's concurrency.
    /// </summary>
    internal static class NaiveRead
    {
        public static async Task<IReadOnlyList<AccountScpPath>> ReadAsync(IOrganizationsClient client, int concurrency)
        {
            var accounts = await Pagination.AllAsync(client.ListAccountsAsync, CancellationToken.None);
            var slots = new SemaphoreSlim(concurrency);
            return await Task.WhenAll(accounts.Select(async account =>
            {
                await slots.WaitAsync();
                try
                {
                    var path = new List<string> { account.Id };
                    for (var child = account.Id; ;)
                    {
                        var parent = (await Pagination.AllAsync((t, ct) => client.ListParentsAsync(child, t, ct), CancellationToken.None)).First();
                        path.Insert(0, parent.Id);
                        if (parent.Type == "ROOT") break;
                        child = parent.Id;
                    }
                    var levels = new List<ScpLevel>();
                    foreach (var target in path)
                    {
                        var summaries = await Pagination.AllAsync((t, ct) => client.ListPoliciesForTargetAsync(target, "SERVICE_CONTROL_POLICY", t, ct), CancellationToken.None);
                        var policies = new List<ServiceControlPolicy>();
                        foreach (var summary in summaries)
                        {
                            var policy = await client.DescribePolicyAsync(summary.Id, CancellationToken.None);
                            policies.Add(new ServiceControlPolicy(summary.Id, summary.Name, policy.Content));
                        }
                        levels.Add(new ScpLevel(target, target, policies));
                    }
                    return new AccountScpPath(account.Id, account.Name, levels);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }
    }
}
