using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Credentials
{
    /// <summary>Hands out current credentials, refreshing them when they are about to expire.</summary>
    public interface ICredentialSource
    {
        Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
    }
}
