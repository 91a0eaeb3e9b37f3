using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Ssm
{
    /// <summary>Systems Manager through AWSSDK.SimpleSystemsManagement, pointed at our endpoint and signed with our credentials.</summary>
    internal sealed class SdkSsmClient : SdkServiceClient<AmazonSimpleSystemsManagementClient, AmazonSimpleSystemsManagementConfig>, ISsmClient
    {
        public const string ServiceName = "SSM";

        public SdkSsmClient(AwsClientOptions options)
            : base(options, ServiceName, (credentials, config) => new AmazonSimpleSystemsManagementClient(credentials, config))
        {
        }

        public Task<SsmSessionStart> StartSessionAsync(string target, string? documentName, IReadOnlyDictionary<string, IReadOnlyList<string>>? parameters, string? reason, CancellationToken cancellationToken) =>
            CallAsync("StartSession", async (client, ct) =>
            {
                var request = new StartSessionRequest
                {
                    Target = target,
                    DocumentName = documentName,
                    Reason = reason,
                    Parameters = parameters?.ToDictionary(p => p.Key, p => p.Value.ToList()),
                };
                var response = await client.StartSessionAsync(request, ct).ConfigureAwait(false);
                return new SsmSessionStart { SessionId = response.SessionId, StreamUrl = response.StreamUrl, TokenValue = response.TokenValue };
            }, cancellationToken);

        public Task<Page<SsmSession>> DescribeSessionsAsync(string state, string? owner, string? nextToken, CancellationToken cancellationToken) =>
            CallAsync("DescribeSessions", async (client, ct) =>
            {
                var request = new DescribeSessionsRequest
                {
                    State = state,
                    NextToken = nextToken,
                    Filters = owner == null ? null : new List<SessionFilter> { new SessionFilter { Key = SessionFilterKey.Owner, Value = owner } },
                };
                var response = await client.DescribeSessionsAsync(request, ct).ConfigureAwait(false);
                var sessions = (response.Sessions ?? new List<Session>()).Select(s => new SsmSession
                {
                    SessionId = s.SessionId,
                    Target = s.Target,
                    Status = s.Status?.Value ?? string.Empty,
                    Owner = s.Owner,
                    DocumentName = s.DocumentName,
                    Reason = s.Reason,
                    StartDate = SdkTime.ToUtc(s.StartDate),
                    EndDate = SdkTime.ToUtc(s.EndDate),
                }).ToList();
                return new Page<SsmSession>(sessions, response.NextToken);
            }, cancellationToken);

        public Task TerminateSessionAsync(string sessionId, CancellationToken cancellationToken) =>
            CallAsync("TerminateSession",
                (client, ct) => client.TerminateSessionAsync(new TerminateSessionRequest { SessionId = sessionId }, ct), cancellationToken);

        public Task<Page<SsmManagedNode>> DescribeInstanceInformationAsync(string? nextToken, CancellationToken cancellationToken) =>
            CallAsync("DescribeInstanceInformation", async (client, ct) =>
            {
                var response = await client.DescribeInstanceInformationAsync(new DescribeInstanceInformationRequest { NextToken = nextToken }, ct).ConfigureAwait(false);
                var nodes = (response.InstanceInformationList ?? new List<InstanceInformation>()).Select(i => new SsmManagedNode
                {
                    InstanceId = i.InstanceId,
                    ComputerName = i.ComputerName,
                    PingStatus = i.PingStatus?.Value,
                    PlatformType = i.PlatformType?.Value,
                    PlatformName = i.PlatformName,
                    ResourceType = i.ResourceType,
                    IamRole = i.IamRole,
                    LastPingDateTime = SdkTime.ToUtc(i.LastPingDateTime),
                }).ToList();
                return new Page<SsmManagedNode>(nodes, response.NextToken);
            }, cancellationToken);
    

        public Task<string> CreateOpsItemAsync(SsmOpsItemInput item, CancellationToken cancellationToken) =>
            CallAsync("CreateOpsItem", async (client, ct) =>
            {
                var request = new CreateOpsItemRequest
                {
                    Title = item.Title,
                    Description = item.Description,
                    Source = item.Source,
                    Category = item.Category,
                    OperationalData = Searchable(item.OperationalData),
                    Tags = item.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
                };
                var response = await client.CreateOpsItemAsync(request, ct).ConfigureAwait(false);
                return response.OpsItemId;
            }, cancellationToken);

        public Task<SsmOpsItem> GetOpsItemAsync(string opsItemId, CancellationToken cancellationToken) =>
            CallAsync("GetOpsItem", async (client, ct) =>
            {
                var i = (await client.GetOpsItemAsync(new GetOpsItemRequest { OpsItemId = opsItemId }, ct).ConfigureAwait(false)).OpsItem;
                return new SsmOpsItem
                {
                    OpsItemId = i.OpsItemId, Title = i.Title, Description = i.Description, Source = i.Source, Status = i.Status?.Value ?? string.Empty,
                    CreatedBy = i.CreatedBy, CreatedTime = SdkTime.ToUtc(i.CreatedTime) ?? default,
                    LastModifiedBy = i.LastModifiedBy, LastModifiedTime = SdkTime.ToUtc(i.LastModifiedTime) ?? default,
                    OperationalData = Values(i.OperationalData),
                };
            }, cancellationToken);

        public Task UpdateOpsItemAsync(string opsItemId, string? status, IReadOnlyDictionary<string, string> operationalData, CancellationToken cancellationToken) =>
            CallAsync("UpdateOpsItem", (client, ct) => client.UpdateOpsItemAsync(new UpdateOpsItemRequest
            {
                OpsItemId = opsItemId,
                Status = status == null ? null : new OpsItemStatus(status),
                OperationalData = operationalData.Count == 0 ? null : Searchable(operationalData),
            }, ct), cancellationToken);

        public Task<Page<SsmOpsItem>> DescribeOpsItemsAsync(IReadOnlyList<SsmOpsItemFilter> filters, string? nextToken, CancellationToken cancellationToken) =>
            CallAsync("DescribeOpsItems", async (client, ct) =>
            {
                var request = new DescribeOpsItemsRequest
                {
                    MaxResults = 50,
                    NextToken = nextToken,
                    OpsItemFilters = filters.Select(f => new OpsItemFilter
                    {
                        Key = new OpsItemFilterKey(f.Key), Operator = new OpsItemFilterOperator(f.Operator), Values = f.Values.ToList(),
                    }).ToList(),
                };
                var response = await client.DescribeOpsItemsAsync(request, ct).ConfigureAwait(false);
                var items = (response.OpsItemSummaries ?? new List<OpsItemSummary>()).Select(i => new SsmOpsItem
                {
                    OpsItemId = i.OpsItemId, Title = i.Title, Source = i.Source, Status = i.Status?.Value ?? string.Empty,
                    CreatedBy = i.CreatedBy, CreatedTime = SdkTime.ToUtc(i.CreatedTime) ?? default,
                    LastModifiedBy = i.LastModifiedBy, LastModifiedTime = SdkTime.ToUtc(i.LastModifiedTime) ?? default,
                    OperationalData = Values(i.OperationalData),
                }).ToList();
                return new Page<SsmOpsItem>(items, response.NextToken);
            }, cancellationToken);

        public Task AddOpsItemTagsAsync(string opsItemId, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
            CallAsync("AddTagsToResource", (client, ct) => client.AddTagsToResourceAsync(new AddTagsToResourceRequest
            {
                ResourceType = ResourceTypeForTagging.OpsItem,
                ResourceId = opsItemId,
                Tags = tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
            }, ct), cancellationToken);

        public Task<IReadOnlyList<AwsTag>> ListOpsItemTagsAsync(string opsItemId, CancellationToken cancellationToken) =>
            CallAsync("ListTagsForResource", async (client, ct) =>
            {
                var response = await client.ListTagsForResourceAsync(
                    new ListTagsForResourceRequest { ResourceType = ResourceTypeForTagging.OpsItem, ResourceId = opsItemId }, ct).ConfigureAwait(false);
                return (IReadOnlyList<AwsTag>)(response.TagList ?? new List<Tag>()).Select(t => new AwsTag(t.Key, t.Value)).ToList();
            }, cancellationToken);

        private static Dictionary<string, OpsItemDataValue> Searchable(IReadOnlyDictionary<string, string> data) =>
            data.ToDictionary(d => d.Key, d => new OpsItemDataValue { Type = OpsItemDataType.SearchableString, Value = d.Value });

        private static IReadOnlyDictionary<string, string> Values(Dictionary<string, OpsItemDataValue>? data) =>
            (data ?? new Dictionary<string, OpsItemDataValue>()).ToDictionary(d => d.Key, d => d.Value?.Value ?? string.Empty);
    }
}
