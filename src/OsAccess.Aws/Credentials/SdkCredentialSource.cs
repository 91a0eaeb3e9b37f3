using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace OsAccess.Aws.Credentials
{
    /// <summary>Credentials held by AWSSDK.Core, which refreshes them itself (SSO, assume-role, container, instance…).</summary>
    internal sealed class SdkCredentialSource : ICredentialSource
    {
        private readonly AWSCredentials credentials;

        public SdkCredentialSource(AWSCredentials credentials) => this.credentials = credentials;

        public async Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImmutableCredentials current = await credentials.GetCredentialsAsync().ConfigureAwait(false);
            return new AwsCredentials(current.AccessKey, current.SecretKey, current.Token, credentials.Expiration);
        }
    }
}
