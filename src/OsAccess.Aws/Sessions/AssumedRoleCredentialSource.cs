using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Sts;
using OsAccess.Aws.Timing;

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
        private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
        private AssumedRole? current;

        public AssumedRoleCredentialSource(IStsClient sts, IClock clock, AssumeRoleInput input, TimeSpan refreshBefore)
        {
            this.sts = sts;
            this.clock = clock;
            this.input = input;
            this.refreshBefore = refreshBefore;
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
                    current = await sts.AssumeRoleAsync(input, cancellationToken).ConfigureAwait(false);
                }

                return current.Credentials;
            }
            finally
            {
                gate.Release();
            }
        }

        private bool IsFresh(AssumedRole role) =>
            role.Credentials.Expiration == null || clock.UtcNow < role.Credentials.Expiration.Value - refreshBefore;
    }
}
