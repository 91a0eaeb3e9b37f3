using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Requests;

namespace OsAccess.Workflows.Operators
{
    /// <summary>
    /// Every scope an operator policy uses, in the order its statements are written. Where IAM and Systems Manager allow
    /// resource-level permissions they name only what OsAccess manages (Service Authorization Reference; docs/operator-policy.md).
    /// </summary>
    public static class OperatorScopes
    {
        private const string GrantPolicyArns = "arn:aws:iam::*:policy" + GrantPolicyName.PathRoot + "*";

        /// <summary>Every OpsItem of the account: where requests are kept (docs/requests.md).</summary>
        public const string OpsItems = "arn:aws:ssm:*:*:opsitem/*";

        /// <summary>The caller's IAM user name, as a policy variable.</summary>
        internal const string Me = "${aws:username}";

        /// <summary>The condition key of a request's requester tag.</summary>
        internal const string Requester = "aws:ResourceTag/" + AccessRequestFields.RequesterTag;

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

        /// <summary>Creating a request only in one's own name: the requester tag must be the caller's user name, and no other tag is set.</summary>
        public static readonly OperatorScope NewOwnRequests = new OperatorScope("CreateOwnRequests", new[] { "*" },
            StatementLists.Condition("StringEquals", "aws:RequestTag/" + AccessRequestFields.RequesterTag, Me),
            StatementLists.Condition("ForAllValues:StringEquals", "aws:TagKeys", AccessRequestFields.RequesterTag));

        /// <summary>One's own requests, by their requester tag.</summary>
        public static readonly OperatorScope OwnRequests = new OperatorScope("OwnRequests", new[] { OpsItems },
            StatementLists.Condition("StringEquals", Requester, Me));

        /// <summary>Withdrawing one's own request: the withdrawn tag is the only one it may add.</summary>
        public static readonly OperatorScope OwnWithdrawals = new OperatorScope("WithdrawOwnRequests", new[] { OpsItems },
            StatementLists.Condition("StringEquals", Requester, Me),
            StatementLists.Condition("ForAllValues:StringEquals", "aws:TagKeys", AccessRequestFields.WithdrawnTag));

        /// <summary>Every request, and no other OpsItem: the ones with a requester tag.</summary>
        public static readonly OperatorScope AllRequests = new OperatorScope("Requests", new[] { OpsItems },
            StatementLists.Condition("Null", Requester, "false"));

        /// <summary>The SNS topics requests are announced to; narrow it to yours.</summary>
        public static readonly OperatorScope Topics = new OperatorScope("Notify", new[] { "arn:aws:sns:*:*:*" });

        internal static readonly OperatorScope[] InOrder =
        {
            OrganizationWide, MemberAccounts, ReadAll, HubUsers, GrantPolicies, GrantAttachments, OsAccessRole, OsAccessPolicy, SessionIds,
            NewOwnRequests, OwnRequests, OwnWithdrawals, AllRequests, Topics,
        };
    }
}
