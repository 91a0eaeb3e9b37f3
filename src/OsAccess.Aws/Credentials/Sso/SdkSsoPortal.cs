using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SSO;
using Amazon.SSO.Model;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Credentials.Sso
{
    /// <summary>The portal through AWSSDK.SSO, at our endpoint, under our retries and call log. Its calls are not signed: the token is the proof.</summary>
    internal sealed class SdkSsoPortal : SdkServiceClient<AmazonSSOClient, AmazonSSOConfig>, ISsoPortal
    {
        public const string ServiceName = "SSO";

        public SdkSsoPortal(AwsClientOptions options)
            : base(options, ServiceName, (_, config) => new AmazonSSOClient(new AnonymousAWSCredentials(), config))
        {
        }

        public Task<AwsCredentials> GetRoleCredentialsAsync(string accountId, string roleName, string accessToken, CancellationToken cancellationToken) =>
            CallAsync("GetRoleCredentials", async (client, ct) =>
            {
                var response = await client.GetRoleCredentialsAsync(
                    new GetRoleCredentialsRequest { AccountId = accountId, RoleName = roleName, AccessToken = accessToken }, ct).ConfigureAwait(false);
                var c = response.RoleCredentials;
                return new AwsCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken,
                    c.Expiration.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(c.Expiration.Value) : (DateTimeOffset?)null);
            }, cancellationToken);
    }
}
