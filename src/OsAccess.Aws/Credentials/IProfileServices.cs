using Amazon.Runtime.SharedInterfaces;
using OsAccess.Aws.Credentials.Sso;
using OsAccess.Aws.Sts;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// The AWS calls that the credentials of a profile may need, made as the session makes its own: at the endpoints it
    /// resolved (<c>-EndpointUrl</c>, the variables, the profile), with its retries and its <c>-Verbose</c> log.
    /// </summary>
    public interface IProfileServices
    {
        IClock Clock { get; }

        /// <summary>STS in the session's region, signed with <paramref name="caller"/> (the source of an assume-role profile).</summary>
        IStsClient Sts(ICredentialSource caller);

        /// <summary>The IAM Identity Center portal of <paramref name="ssoRegion"/>.</summary>
        ISsoPortal SsoPortal(string ssoRegion);

        /// <summary>IAM Identity Center OIDC of <paramref name="ssoRegion"/>, which renews the token of an <c>sso_session</c>.</summary>
        ICoreAmazonSSOOIDC SsoOidc(string ssoRegion);
    }
}
