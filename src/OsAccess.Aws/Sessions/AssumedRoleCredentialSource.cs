using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Sts;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Sessions
{
    /// <summary>
    /// The credentials of a role in one account: assumed on first use, kept, and assumed again shortly
    /// before they expire. Concurrent callers share one AssumeRole call.
    /// </summary>
    public sealed class AssumedRoleCredentialSource : ICredentialSource
    {
        private readonly IStsClient sts;
        private readonly IClock clock;
        private readonly AssumeRoleInput input;
        private readonly TimeSpan refreshBefore;
        private readonly EventualConsistency? propagation;
        private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
        private AssumedRole? current;

        /// <param name="propagation">Retries an AssumeRole refused while a fresh IAM write propagates; null for none.</param>
        public AssumedRoleCredentialSource(IStsClient sts, IClock clock, AssumeRoleInput input, TimeSpan refreshBefore, EventualConsistency? propagation = null)
        {
            this.sts = sts;
            this.clock = clock;
            this.input = input;
            this.refreshBefore = refreshBefore;
            this.propagation = propagation;
        }

        public string RoleArn => input.RoleArn;

        /// <summary>The session of the last AssumeRole, or null before the first.</summary>
        public AssumedRole? Current => current;

        public async Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
        {
            var cached = current;
            if (cached != null && IsFresh(cached))
            {
                return cached.Credentials;
            }

            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (current == null || !IsFresh(current))
                {
                    current = propagation == null
                        ? await sts.AssumeRoleAsync(input, cancellationToken).ConfigureAwait(false)
                        : await propagation.RunAsync("Assuming " + input.RoleArn, ct => sts.AssumeRoleAsync(input, ct), IsNotAssumableYet, cancellationToken).ConfigureAwait(false);
                }

                return current.Credentials;
            }
            finally
            {
                gate.Release();
            }
        }

        /// <summary>STS says AccessDenied while a new role or trust policy propagates.</summary>
        private static bool IsNotAssumableYet(Exception error) =>
            error is Http.AwsServiceException aws && (aws.Code == "AccessDenied" || aws.Code == "AccessDeniedException");

        private bool IsFresh(AssumedRole role) =>
            role.Credentials.Expiration == null || clock.UtcNow < role.Credentials.Expiration.Value - refreshBefore;
    }
}
