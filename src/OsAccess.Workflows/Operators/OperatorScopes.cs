using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Operators
{
    /// <summary>
    /// Every scope an operator policy uses, in the order its statements are written. Where IAM allows resource-level
    /// permissions they name only what OsAccess manages (Service Authorization Reference; docs/operator-policy.md).
    /// </summary>
    public static class OperatorScopes
    {
        private const string GrantPolicyArns = "arn:aws:iam::*:policy" + GrantPolicyName.PathRoot + "*";

        /// <summary>Organizations reads, and the guardrail SCP's writes: the policy's id is only known once it exists.</summary>
        public static readonly OperatorScope OrganizationWide = new OperatorScope("Organization", new[] { "*" });

        /// <summary>sts:AssumeRole on the role that reaches member accounts.</summary>
        public static readonly OperatorScope MemberAccounts = new OperatorScope("ReachMemberAccounts",
            new[] { "arn:aws:iam::*:role/" + OperatorScope.CrossAccountRolePlaceholder });

        /// <summary>Reads that IAM and Systems Manager allow on every resource only (ListPolicies, GetAccountAuthorizationDetails, DescribeSessions).</summary>
        public static readonly OperatorScope ReadAll = new OperatorScope("Read", new[] { "*" });

        /// <summary>The people in the hub whose grants are read.</summary>
        public static readonly OperatorScope HubUsers = new OperatorScope("HubUsers", new[] { "arn:aws:iam::*:user/*" });

        /// <summary>Grants' managed policies, under their own path.</summary>
        public static readonly OperatorScope GrantPolicies = new OperatorScope("GrantPolicies", new[] { GrantPolicyArns });

        /// <summary>Attaching and detaching a user's policies, only when the policy is a grant (iam:PolicyARN).</summary>
        public static readonly OperatorScope GrantAttachments = new OperatorScope("GrantAttachments", new[] { "arn:aws:iam::*:user/*" },
            StatementLists.Condition("ArnLike", "iam:PolicyARN", GrantPolicyArns));

        /// <summary>The OSAccess role in a member account.</summary>
        public static readonly OperatorScope OsAccessRole = new OperatorScope("OSAccessRole",
            new[] { "arn:aws:iam::*:role/" + GuardrailScpOptions.OsAccessRoleName });

        /// <summary>The role's customer managed policy, OSAccessPolicy.</summary>
        public static readonly OperatorScope OsAccessPolicy = new OperatorScope("OSAccessPolicy",
            new[] { "arn:aws:iam::*:policy/" + OsAccessRolePolicyBuilder.PolicyName });

        /// <summary>Session Manager sessions, which are ended by id.</summary>
        public static readonly OperatorScope SessionIds = new OperatorScope("Sessions", new[] { "arn:aws:ssm:*:*:session/*" });

        internal static readonly OperatorScope[] InOrder =
        {
            OrganizationWide, MemberAccounts, ReadAll, HubUsers, GrantPolicies, GrantAttachments, OsAccessRole, OsAccessPolicy, SessionIds,
        };
    }
}
