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
    }
}
