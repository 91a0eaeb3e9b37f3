using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws;
using OsAccess.Aws.Http;
using OsAccess.Aws.Ssm;

namespace OsAccess.Workflows.Tests.Support;

/// <summary>SSM calls passed to another client as given; a test double overrides the calls it changes.</summary>
public abstract class ForwardingSsmClient : ISsmClient
{
    protected ForwardingSsmClient(ISsmClient inner) => Inner = inner;

    protected ISsmClient Inner { get; }

    public virtual Task<SsmSessionStart> StartSessionAsync(string target, string? documentName, IReadOnlyDictionary<string, IReadOnlyList<string>>? parameters, string? reason,
        CancellationToken cancellationToken) => Inner.StartSessionAsync(target, documentName, parameters, reason, cancellationToken);

    public virtual Task<Page<SsmSession>> DescribeSessionsAsync(string state, string? owner, string? nextToken, CancellationToken cancellationToken) =>
        Inner.DescribeSessionsAsync(state, owner, nextToken, cancellationToken);

    public virtual Task TerminateSessionAsync(string sessionId, CancellationToken cancellationToken) => Inner.TerminateSessionAsync(sessionId, cancellationToken);

    public virtual Task<Page<SsmManagedNode>> DescribeInstanceInformationAsync(string? nextToken, CancellationToken cancellationToken) =>
        Inner.DescribeInstanceInformationAsync(nextToken, cancellationToken);

    public virtual Task<string> CreateOpsItemAsync(SsmOpsItemInput item, CancellationToken cancellationToken) => Inner.CreateOpsItemAsync(item, cancellationToken);

    public virtual Task<SsmOpsItem> GetOpsItemAsync(string opsItemId, CancellationToken cancellationToken) => Inner.GetOpsItemAsync(opsItemId, cancellationToken);

    public virtual Task UpdateOpsItemAsync(string opsItemId, string? status, IReadOnlyDictionary<string, string> operationalData, CancellationToken cancellationToken) =>
        Inner.UpdateOpsItemAsync(opsItemId, status, operationalData, cancellationToken);

    public virtual Task<Page<SsmOpsItem>> DescribeOpsItemsAsync(IReadOnlyList<SsmOpsItemFilter> filters, string? nextToken, CancellationToken cancellationToken) =>
        Inner.DescribeOpsItemsAsync(filters, nextToken, cancellationToken);

    public virtual Task AddOpsItemTagsAsync(string opsItemId, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
        Inner.AddOpsItemTagsAsync(opsItemId, tags, cancellationToken);

    public virtual Task<IReadOnlyList<AwsTag>> ListOpsItemTagsAsync(string opsItemId, CancellationToken cancellationToken) => Inner.ListOpsItemTagsAsync(opsItemId, cancellationToken);

    public virtual void Dispose() => Inner.Dispose();
}
