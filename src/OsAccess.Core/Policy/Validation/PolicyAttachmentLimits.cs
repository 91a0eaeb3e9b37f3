namespace OsAccess.Core.Policy.Validation
{
    /// <summary>How many policies AWS lets one target hold: each figure one named constant, with the AWS page it comes from (docs/quotas.md).</summary>
    public static class PolicyAttachmentLimits
    {
        /// <summary>
        /// SCPs attached directly to one root, OU or account (<see cref="PolicySizeLimits.OrganizationsQuotasPage"/>).
        /// Reports from May 2026 say AWS raised it to 10; it stays 5 until AWS's own page is seen saying so (docs/quotas.md).
        /// </summary>
        public const int ServiceControlPoliciesPerTarget = 5;

        /// <summary>Managed policies attached to one user or role by default (<see cref="PolicySizeLimits.IamQuotasPage"/>; Service Quotas raises it to 20).</summary>
        public const int ManagedPoliciesPerPrincipal = 10;
    }
}
