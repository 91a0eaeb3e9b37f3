namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Principal and NotPrincipal ("AWS JSON policy elements: Principal" and "...: NotPrincipal"): forbidden in identity-based
    /// policies, permissions boundaries, session policies and SCPs; required in trust and resource policies; NotPrincipal only
    /// with Deny, and never in a trust policy.
    /// </summary>
    internal static class PrincipalChecks
    {
        public static void Check(ValidationContext context, int index, PolicyStatement statement)
        {
            var type = PolicyTypeRules.Describe(context.Type);
            if (PolicyTypeRules.ForbidsPrincipal(context.Type))
            {
                Forbid(context, index, statement, statement.Principal, "Principal", type);
                Forbid(context, index, statement, statement.NotPrincipal, "NotPrincipal", type);
                return;
            }

            if (context.Type == PolicyType.Trust)
            {
                Forbid(context, index, statement, statement.NotPrincipal, "NotPrincipal", type);
            }
            else if (statement.NotPrincipal != null && statement.EffectValue == PolicyEffect.Allow)
            {
                context.Report(PolicyFindingRules.NotPrincipalWithAllow, statement.PositionOf("NotPrincipal"),
                    "NotPrincipal with \"Effect\": \"Allow\" would allow everyone but the named principals, and AWS does not support it: use \"Effect\": \"Deny\", or name the principals in Principal.", index, statement);
            }

            if (statement.Principal == null && (statement.NotPrincipal == null || context.Type == PolicyType.Trust))
            {
                var example = context.Type == PolicyType.Trust
                    ? "{\"AWS\": \"arn:aws:iam::111111111111:root\"}"
                    : "{\"AWS\": \"arn:aws:iam::111111111111:role/Name\"}";
                context.Report(PolicyFindingRules.MissingPrincipal, statement.Position,
                    $"The statement has no Principal, which {type} needs: add \"Principal\": {example}.", index, statement);
            }
        }

        private static void Forbid(ValidationContext context, int index, PolicyStatement statement, PolicyPrincipal? principal, string element, string type)
        {
            if (principal == null) return;
            var fix = context.Type == PolicyType.ServiceControl
                ? "SCPs apply to every principal in the accounts they are attached to; narrow them with a condition on aws:PrincipalArn instead"
                : context.Type == PolicyType.Trust
                    ? "name the principals that may assume the role in Principal, and narrow them with conditions"
                    : "the policy applies to whoever it is attached to; remove the element, or use aws:PrincipalArn in a condition";
            context.Report(PolicyFindingRules.PrincipalNotSupported, statement.PositionOf(element),
                $"{element} is not allowed in {type}: {fix}.", index, statement);
        }
    }
}
