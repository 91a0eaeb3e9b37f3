using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Sts;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// The credentials of an assume-role profile (<c>role_arn</c> with <c>source_profile</c> or <c>credential_source</c>): the
    /// role assumed with the source's credentials through the session's STS endpoint, named by <c>role_session_name</c> or
    /// else after the source identity (<see cref="RoleSessionName"/>), and assumed again shortly before it expires.
    /// </summary>
    public sealed class RoleProfileCredentialSource : ICredentialSource
    {
        private static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);
        private readonly string roleArn;
        private readonly string? externalId;
        private readonly string? sessionName;
        private readonly ICredentialSource source;
        private readonly IProfileServices services;
        private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
        private AssumedRoleCredentialSource? role;

        /// <param name="sessionName">The profile's <c>role_session_name</c>; null to name the session after the source identity.</param>
        public RoleProfileCredentialSource(string roleArn, string? externalId, string? sessionName, ICredentialSource source, IProfileServices services)
        {
            this.roleArn = roleArn;
            this.externalId = externalId;
            this.sessionName = string.IsNullOrWhiteSpace(sessionName) ? null : sessionName;
            this.source = source;
            this.services = services;
        }

        public async Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
        {
            var assumed = role ?? await FirstUseAsync(cancellationToken).ConfigureAwait(false);
            return await assumed.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        }

        private async Task<AssumedRoleCredentialSource> FirstUseAsync(CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (role == null)
                {
                    var sts = services.Sts(source);
                    string name = sessionName ?? RoleSessionName.For((await sts.GetCallerIdentityAsync(cancellationToken).ConfigureAwait(false)).Arn);
                    role = new AssumedRoleCredentialSource(sts, services.Clock,
                        new AssumeRoleInput { RoleArn = roleArn, RoleSessionName = name, ExternalId = externalId }, RefreshBefore);
                }

                return role;
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
