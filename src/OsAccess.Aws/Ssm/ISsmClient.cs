using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Ssm
{
    public interface ISsmClient : IDisposable
    {
        Task<SsmSessionStart> StartSessionAsync(string target, string? documentName, IReadOnlyDictionary<string, IReadOnlyList<string>>? parameters, string? reason, CancellationToken cancellationToken);

        /// <param name="state"><c>Active</c> or <c>History</c>.</param>
        /// <param name="owner">Only the sessions of this principal ARN; null for all.</param>
        Task<Page<SsmSession>> DescribeSessionsAsync(string state, string? owner, string? nextToken, CancellationToken cancellationToken);

        Task TerminateSessionAsync(string sessionId, CancellationToken cancellationToken);

        Task<Page<SsmManagedNode>> DescribeInstanceInformationAsync(string? nextToken, CancellationToken cancellationToken);

        /// <returns>The new OpsItem's id.</returns>
        Task<string> CreateOpsItemAsync(SsmOpsItemInput item, CancellationToken cancellationToken);

        Task<SsmOpsItem> GetOpsItemAsync(string opsItemId, CancellationToken cancellationToken);

        /// <param name="status">The new status, or null to leave it.</param>
        /// <param name="operationalData">Searchable entries added or overwritten.</param>
        Task UpdateOpsItemAsync(string opsItemId, string? status, IReadOnlyDictionary<string, string> operationalData, CancellationToken cancellationToken);

        /// <summary>Summaries (no description), 50 a page.</summary>
        Task<Page<SsmOpsItem>> DescribeOpsItemsAsync(IReadOnlyList<SsmOpsItemFilter> filters, string? nextToken, CancellationToken cancellationToken);

        Task AddOpsItemTagsAsync(string opsItemId, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken);

        Task<IReadOnlyList<AwsTag>> ListOpsItemTagsAsync(string opsItemId, CancellationToken cancellationToken);
    }
}
