using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Credentials
{
    public sealed class StaticCredentialSource : ICredentialSource
    {
        private readonly AwsCredentials credentials;

        public StaticCredentialSource(AwsCredentials credentials) => this.credentials = credentials;

        public Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => Task.FromResult(credentials);
    }
}
