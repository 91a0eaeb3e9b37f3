using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace OsAccess.Aws.Credentials
{
    /// <summary>Lets the SDK clients (STS, SSM) sign with credentials from an <see cref="ICredentialSource"/>.</summary>
    internal sealed class SdkCredentialsBridge : AWSCredentials
    {
        private readonly ICredentialSource source;

        public SdkCredentialsBridge(ICredentialSource source) => this.source = source;

        public override ImmutableCredentials GetCredentials() => GetCredentialsAsync().GetAwaiter().GetResult();

        public override async Task<ImmutableCredentials> GetCredentialsAsync()
        {
            var current = await source.GetCredentialsAsync(CancellationToken.None).ConfigureAwait(false);
            return new ImmutableCredentials(current.AccessKeyId, current.SecretAccessKey, current.SessionToken ?? string.Empty);
        }
    }
}
