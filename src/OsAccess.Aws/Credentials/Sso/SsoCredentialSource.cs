using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Util;
using Amazon.Util.Internal;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Credentials.Sso
{
    /// <summary>
    /// The credentials of an IAM Identity Center profile: the token that <c>aws sso login</c> cached in <c>~/.aws/sso/cache</c>
    /// (read, and renewed for an <c>sso_session</c>, by AWSSDK.Core's token manager), exchanged at the portal for the role's
    /// credentials, which are kept until shortly before they expire. Never starts a sign-in: without a usable token it says
    /// which command to run.
    /// </summary>
    public sealed class SsoCredentialSource : ICredentialSource
    {
        private static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);
        private readonly SsoProfile profile;
        private readonly IProfileServices services;
        private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
        private AwsCredentials? current;

        public SsoCredentialSource(SsoProfile profile, IProfileServices services)
        {
            this.profile = profile;
            this.services = services;
        }

        public async Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (current == null || (current.Expiration.HasValue && services.Clock.UtcNow >= current.Expiration.Value - RefreshBefore))
                {
                    current = await FetchAsync(cancellationToken).ConfigureAwait(false);
                }

                return current;
            }
            finally
            {
                gate.Release();
            }
        }

        private async Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
        {
            var missing = new List<string>();
            if (string.IsNullOrEmpty(profile.AccountId)) missing.Add("sso_account_id");
            if (string.IsNullOrEmpty(profile.RoleName)) missing.Add("sso_role_name");
            if (string.IsNullOrEmpty(profile.StartUrl)) missing.Add("sso_start_url");
            if (string.IsNullOrEmpty(profile.Region)) missing.Add("sso_region");
            if (missing.Count > 0)
            {
                throw new CredentialResolutionException(
                    $"The SSO profile '{profile.ProfileName}' lacks {string.Join(", ", missing)}" +
                    (profile.Session == null ? "." : $" (its sso_session '{profile.Session}' gives sso_start_url and sso_region)."));
            }

            string accessToken = await TokenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await services.SsoPortal(profile.Region!).GetRoleCredentialsAsync(profile.AccountId!, profile.RoleName!, accessToken, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (AwsServiceException refused) when (refused.Code == "UnauthorizedException")
            {
                throw new CredentialResolutionException(
                    $"The SSO portal refused the token for profile '{profile.ProfileName}' (it has expired or was signed out): run `{profile.LoginCommand}`.", refused);
            }
        }

        private async Task<string> TokenAsync(CancellationToken cancellationToken)
        {
            var options = new SSOTokenManagerGetTokenOptions
            {
                StartUrl = profile.StartUrl,
                Session = profile.Session,
                Region = profile.Region,
                SupportsGettingNewToken = false, // never a browser sign-in from a cmdlet
            };
            var cache = new SSOTokenFileCache(CryptoUtilFactory.CryptoInstance, new FileRetriever(), new DirectoryRetriever());
            try
            {
                var manager = new SSOTokenManager(services.SsoOidc(profile.Region!), cache);
                return (await manager.GetTokenAsync(options, cancellationToken).ConfigureAwait(false)).AccessToken;
            }
            catch (AmazonClientException failure)
            {
                string login = $"run `{profile.LoginCommand}`";
                string problem = !cache.TryGetSsoToken(options, null, out var cached) ? "No SSO token for profile '{0}' was found in ~/.aws/sso/cache"
                    : cached.IsExpired() ? "The SSO token for profile '{0}' has expired"
                    : "The SSO token for profile '{0}' could not be used (" + failure.Message + ")";
                throw new CredentialResolutionException(string.Format(System.Globalization.CultureInfo.InvariantCulture, problem, profile.ProfileName) + ": " + login + ".", failure);
            }
        }
    }
}
