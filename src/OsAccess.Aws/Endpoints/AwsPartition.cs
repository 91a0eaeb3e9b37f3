using System;

namespace OsAccess.Aws.Endpoints
{
    /// <summary>The partition a region belongs to: its DNS suffix and the home region of its global services.</summary>
    public sealed class AwsPartition
    {
        public static readonly AwsPartition Aws = new AwsPartition("aws", "amazonaws.com", "us-east-1", "us-east-1", "iam.amazonaws.com");
        public static readonly AwsPartition China = new AwsPartition("aws-cn", "amazonaws.com.cn", "cn-north-1", "cn-northwest-1", "iam.cn-north-1.amazonaws.com.cn");
        public static readonly AwsPartition GovCloud = new AwsPartition("aws-us-gov", "amazonaws.com", "us-gov-west-1", "us-gov-west-1", "iam.us-gov.amazonaws.com");

        private AwsPartition(string name, string dnsSuffix, string iamRegion, string organizationsRegion, string iamHost)
        {
            Name = name;
            DnsSuffix = dnsSuffix;
            IamRegion = iamRegion;
            OrganizationsRegion = organizationsRegion;
            IamHost = iamHost;
        }

        public string Name { get; }

        public string DnsSuffix { get; }

        /// <summary>The region IAM requests are signed for.</summary>
        public string IamRegion { get; }

        /// <summary>The region Organizations lives in and is signed for.</summary>
        public string OrganizationsRegion { get; }

        public string IamHost { get; }

        public static AwsPartition Of(string region) =>
            region.StartsWith("cn-", StringComparison.Ordinal) ? China
            : region.StartsWith("us-gov-", StringComparison.Ordinal) ? GovCloud
            : Aws;

        /// <summary>The region a service is signed for: the home region of a global service, else <paramref name="region"/>.</summary>
        public string SigningRegion(AwsServiceId service, string region) =>
            service == AwsServiceId.Iam ? IamRegion : service == AwsServiceId.Organizations ? OrganizationsRegion : region;

        public Uri DefaultEndpoint(AwsServiceId service, string region)
        {
            if (service == AwsServiceId.Iam)
            {
                return new Uri("https://" + IamHost + "/");
            }

            string host = service == AwsServiceId.Organizations
                ? "organizations." + OrganizationsRegion + "." + DnsSuffix
                : service.HostPrefix + "." + region + "." + DnsSuffix;
            return new Uri("https://" + host + "/");
        }
    }
}
