using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.SharedInterfaces;
using Amazon.SSOOIDC;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Credentials.Sso;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sts;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Sessions
{
    /// <summary>
    /// The calls of a session's profile credentials, made at the session's endpoints (STS in its region, the SSO services
    /// in the profile's <c>sso_region</c>) with the session's call log. The region is asked for only when a call is made,
    /// once the session has resolved it.
    /// </summary>
    internal sealed class ProfileServices : IProfileServices
    {
        private readonly EndpointResolver endpoints;
        private readonly Func<string> region;
        private readonly IAwsCallLog log;

        public ProfileServices(EndpointResolver endpoints, Func<string> region, IAwsCallLog log)
        {
            this.endpoints = endpoints;
            this.region = region;
            this.log = log;
        }

        public IClock Clock => SystemClock.Instance;

        public IStsClient Sts(ICredentialSource caller) => new SdkStsClient(Options(AwsServiceId.Sts, region(), caller));

        public ISsoPortal SsoPortal(string ssoRegion) => new SdkSsoPortal(Options(AwsServiceId.Sso, ssoRegion, Unsigned.Instance));

        public ICoreAmazonSSOOIDC SsoOidc(string ssoRegion) =>
            new AmazonSSOOIDCClient(new AnonymousAWSCredentials(),
                SdkServiceClient<AmazonSSOOIDCClient, AmazonSSOOIDCConfig>.Config(Options(AwsServiceId.SsoOidc, ssoRegion, Unsigned.Instance)));

        private AwsClientOptions Options(AwsServiceId service, string inRegion, ICredentialSource credentials)
        {
            var endpoint = endpoints.Resolve(service, inRegion);
            return new AwsClientOptions(endpoint.Endpoint, credentials) { EndpointSource = endpoint.Source, Log = log };
        }

        /// <summary>The SSO services take a bearer token or a client secret, not a signature.</summary>
        private sealed class Unsigned : ICredentialSource
        {
            public static readonly Unsigned Instance = new Unsigned();

            public Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
                throw new InvalidOperationException("Calls to the IAM Identity Center services are not signed.");
        }
    }
}
