using System;

namespace OsAccess.Aws.Http
{
    /// <summary>Where a service is reached and how requests to it are signed.</summary>
    public sealed class AwsEndpoint
    {
        public AwsEndpoint(Uri url, string signingRegion, string signingName)
        {
            Url = url ?? throw new ArgumentNullException(nameof(url));
            SigningRegion = signingRegion;
            SigningName = signingName;
        }

        public Uri Url { get; }

        public string SigningRegion { get; }

        /// <summary>The service name in the credential scope: <c>iam</c>, <c>organizations</c>, <c>sts</c>, <c>ssm</c>.</summary>
        public string SigningName { get; }

        public override string ToString() => Url + " (" + SigningName + ", " + SigningRegion + ")";
    }
}
