using System;
using Amazon.Runtime.Credentials;

namespace OsAccess.Aws.Credentials
{
    /// <summary>The last resort of the search: AWSSDK.Core's default chain (web identity, container, instance metadata).</summary>
    public static class PlatformCredentials
    {
        public static ICredentialSource? TryGet()
        {
            try
            {
                return new SdkCredentialSource(DefaultAWSCredentialsIdentityResolver.GetCredentials());
            }
            catch (Exception)
            {
                // The SDK throws when its chain finds nothing; that is "no credentials" here.
                return null;
            }
        }
    }
}
