using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Credentials.Sso
{
    /// <summary>The IAM Identity Center portal: the credentials of a role assigned to the signed-in user.</summary>
    public interface ISsoPortal
    {
        Task<AwsCredentials> GetRoleCredentialsAsync(string accountId, string roleName, string accessToken, CancellationToken cancellationToken);
    }
}
