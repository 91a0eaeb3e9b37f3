using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;

namespace OsAccess.Workflows.Grants
{
    /// <summary>
    /// Takes a grant away: detaches its policy from the user (which ends the access, in one call), then deletes the policy
    /// (its record). Either step finding its work already done (a parallel revoke, or housekeeping) is not an error; a
    /// failure between the two leaves an unattached policy, which gives no access and which housekeeping deletes later.
    /// </summary>
    public static class GrantRemover
    {
        public static async Task RemoveAsync(IIamClient iam, string userName, string policyArn, CancellationToken cancellationToken)
        {
            try
            {
                await iam.DetachUserPolicyAsync(userName, policyArn, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "NoSuchEntity")
            {
            }
            await DeletePolicyAsync(iam, policyArn, cancellationToken).ConfigureAwait(false);
        }

        public static async Task DeletePolicyAsync(IIamClient iam, string policyArn, CancellationToken cancellationToken)
        {
            try
            {
                await iam.DeletePolicyAsync(policyArn, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "NoSuchEntity")
            {
            }
        }
    }
}
