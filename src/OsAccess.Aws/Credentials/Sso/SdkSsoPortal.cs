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
    public sealed class SdkSsoPortal : ISsoPortal, IDisposable
    {
        public const string ServiceName = "SSO";
        private readonly AwsClientOptions options;
        private readonly AmazonSSOClient client;

        public SdkSsoPortal(AwsClientOptions options)
        {
            this.options = options;
            client = new AmazonSSOClient(new AnonymousAWSCredentials(), SdkCall.Configure(new AmazonSSOConfig(), options));
        }

        public Task<AwsCredentials> GetRoleCredentialsAsync(string accountId, string roleName, string accessToken, CancellationToken cancellationToken) =>
            SdkCall.RunAsync(options, ServiceName, "GetRoleCredentials", async ct =>
            {
                var response = await client.GetRoleCredentialsAsync(
                    new GetRoleCredentialsRequest { AccountId = accountId, RoleName = roleName, AccessToken = accessToken }, ct).ConfigureAwait(false);
                var c = response.RoleCredentials;
                return new AwsCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken,
                    c.Expiration.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(c.Expiration.Value) : (DateTimeOffset?)null);
            }, cancellationToken);

        public void Dispose() => client.Dispose();
    }
}
