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
    }
}
