using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Sts
{
    /// <summary>STS through AWSSDK.SecurityToken, pointed at our endpoint and signed with our credentials.</summary>
    internal sealed class SdkStsClient : SdkServiceClient<AmazonSecurityTokenServiceClient, AmazonSecurityTokenServiceConfig>, IStsClient
    {
        public const string ServiceName = "STS";

        public SdkStsClient(AwsClientOptions options)
            : base(options, ServiceName, (credentials, config) => new AmazonSecurityTokenServiceClient(credentials, config))
        {
        }

        public Task<StsCallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken) =>
            CallAsync("GetCallerIdentity", async (client, ct) =>
            {
                var response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), ct).ConfigureAwait(false);
                return new StsCallerIdentity { Account = response.Account, Arn = response.Arn, UserId = response.UserId };
            }, cancellationToken);

        public Task<AssumedRole> AssumeRoleAsync(AssumeRoleInput input, CancellationToken cancellationToken) =>
            CallAsync("AssumeRole", async (client, ct) =>
            {
                var request = new AssumeRoleRequest
                {
                    RoleArn = input.RoleArn,
                    RoleSessionName = input.RoleSessionName,
                    ExternalId = input.ExternalId,
                    SourceIdentity = input.SourceIdentity,
                    DurationSeconds = input.DurationSeconds,
                    Tags = input.Tags?.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
                    TransitiveTagKeys = input.TransitiveTagKeys?.ToList(),
                };
                var response = await client.AssumeRoleAsync(request, ct).ConfigureAwait(false);
                var c = response.Credentials;
                return new AssumedRole(new AwsCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken, SdkTime.ToUtc(c.Expiration)),
                    response.AssumedRoleUser.Arn, response.AssumedRoleUser.AssumedRoleId, response.SourceIdentity);
            }, cancellationToken);
    }
}
