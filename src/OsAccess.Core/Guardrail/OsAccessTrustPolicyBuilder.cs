using OsAccess.Core.Aws;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// The OSAccess role's trust policy: the hub account, where people's IAM users live, may assume it.
    /// Who in the hub account actually may is decided by the time-boxed grants on each user.
    /// </summary>
    public static class OsAccessTrustPolicyBuilder
    {
        /// <param name="hubAccountId">The account whose IAM users receive grants.</param>
        /// <param name="requireSessionNameMatchesUser">
        /// Also require <c>sts:RoleSessionName</c> to equal the caller's IAM user name (what the console's switch-role
        /// uses), so every session can be traced to, and revoked for, one person.
        /// </param>
        /// <param name="requireMfa">Also require that the caller signed in with MFA (<c>aws:MultiFactorAuthPresent</c>).</param>
        public static PolicyDocument Build(string hubAccountId, bool requireSessionNameMatchesUser = false, bool requireMfa = false)
        {
            var hub = AccountId.Require(hubAccountId, nameof(hubAccountId));
            var statement = new PolicyStatement
            {
                Sid = "TrustHubAccount",
                Effect = "Allow",
                Principal = PolicyPrincipal.Aws($"arn:aws:iam::{hub}:root"),
                Action = StatementLists.Of("sts:AssumeRole"),
                Conditions = Conditions(requireSessionNameMatchesUser, requireMfa),
            };
            return new PolicyDocument { Version = PolicyDocument.CurrentVersion, Statements = new[] { statement } };
        }

        private static PolicyCondition[] Conditions(bool requireSessionNameMatchesUser, bool requireMfa)
        {
            var conditions = new System.Collections.Generic.List<PolicyCondition>();
            if (requireSessionNameMatchesUser)
            {
                conditions.Add(StatementLists.Condition("StringEquals", "sts:RoleSessionName", "${aws:username}"));
            }

            if (requireMfa)
            {
                conditions.Add(StatementLists.Condition("Bool", "aws:MultiFactorAuthPresent", "true"));
            }

            return conditions.ToArray();
        }

        /// <summary>What to do when the trust policy is over the most a role trust policy may hold, quota increase included.</summary>
        public static string QuotaAdvice(BuiltPolicyDocument trust, PolicySizeLimit quota) =>
            "No quota increase goes further: trust the hub account by its root ARN alone, as this builder does, and leave further conditions to the grants.";
    }
}
