namespace OsAccess.Core.Policy.Validation
{
    /// <summary>How many policies AWS lets one target hold, each figure with the AWS page it comes from.</summary>
    public static class PolicyAttachmentLimits
    {
        /// <summary>
        /// SCPs attached directly to one root, OU or account: "Quotas and service limits for AWS Organizations",
        /// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html (see docs/quotas.md).
        /// </summary>
        public const int ServiceControlPoliciesPerTarget = 5;
    }
}
