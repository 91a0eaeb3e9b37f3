namespace OsAccess.Aws.Endpoints
{
    /// <summary>The services OsAccess talks to, with their signing names, host names and endpoint variables.</summary>
    public sealed class AwsServiceId
    {
        public static readonly AwsServiceId Iam = new AwsServiceId("IAM", "iam", "IAM", isGlobal: true);
        public static readonly AwsServiceId Organizations = new AwsServiceId("Organizations", "organizations", "ORGANIZATIONS", isGlobal: true);
        public static readonly AwsServiceId Sts = new AwsServiceId("STS", "sts", "STS", isGlobal: false);
        public static readonly AwsServiceId Ssm = new AwsServiceId("SSM", "ssm", "SSM", isGlobal: false);
        public static readonly AwsServiceId Sns = new AwsServiceId("SNS", "sns", "SNS", isGlobal: false);

        /// <summary>The IAM Identity Center portal (GetRoleCredentials for SSO profiles), in the profile's <c>sso_region</c>.</summary>
        public static readonly AwsServiceId Sso = new AwsServiceId("SSO", "awsssoportal", "SSO", isGlobal: false, hostPrefix: "portal.sso");

        /// <summary>IAM Identity Center OIDC (renews the token of an <c>sso_session</c>), in its <c>sso_region</c>.</summary>
        public static readonly AwsServiceId SsoOidc = new AwsServiceId("SSO OIDC", "sso-oauth", "SSO_OIDC", isGlobal: false, hostPrefix: "oidc");

        /// <summary>The services the cmdlets call with the session's credentials.</summary>
        public static readonly AwsServiceId[] All = { Iam, Organizations, Sts, Ssm, Sns };

        private AwsServiceId(string name, string signingName, string environmentSuffix, bool isGlobal, string? hostPrefix = null)
        {
            Name = name;
            SigningName = signingName;
            EndpointVariable = "AWS_ENDPOINT_URL_" + environmentSuffix;
            IsGlobal = isGlobal;
            HostPrefix = hostPrefix ?? signingName;
        }

        public string Name { get; }

        public string SigningName { get; }

        /// <summary>The SDK-standard service-specific variable, e.g. <c>AWS_ENDPOINT_URL_IAM</c>.</summary>
        public string EndpointVariable { get; }

        /// <summary>Global services have one endpoint per partition, signed for that partition's home region.</summary>
        public bool IsGlobal { get; }

        /// <summary>What comes before the region in AWS's host name: <c>sts</c>, <c>portal.sso</c>.</summary>
        public string HostPrefix { get; }

        public override string ToString() => Name;
    }
}
