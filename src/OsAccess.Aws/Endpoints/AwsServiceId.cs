namespace OsAccess.Aws.Endpoints
{
    /// <summary>The services OsAccess talks to, with their signing names and endpoint variables.</summary>
    public sealed class AwsServiceId
    {
        public static readonly AwsServiceId Iam = new AwsServiceId("IAM", "iam", "IAM", isGlobal: true);
        public static readonly AwsServiceId Organizations = new AwsServiceId("Organizations", "organizations", "ORGANIZATIONS", isGlobal: true);
        public static readonly AwsServiceId Sts = new AwsServiceId("STS", "sts", "STS", isGlobal: false);
        public static readonly AwsServiceId Ssm = new AwsServiceId("SSM", "ssm", "SSM", isGlobal: false);

        public static readonly AwsServiceId[] All = { Iam, Organizations, Sts, Ssm };

        private AwsServiceId(string name, string signingName, string environmentSuffix, bool isGlobal)
        {
            Name = name;
            SigningName = signingName;
            EndpointVariable = "AWS_ENDPOINT_URL_" + environmentSuffix;
            IsGlobal = isGlobal;
        }

        public string Name { get; }

        public string SigningName { get; }

        /// <summary>The SDK-standard service-specific variable, e.g. <c>AWS_ENDPOINT_URL_IAM</c>.</summary>
        public string EndpointVariable { get; }

        /// <summary>Global services have one endpoint per partition, signed for that partition's home region.</summary>
        public bool IsGlobal { get; }

        public override string ToString() => Name;
    }
}
