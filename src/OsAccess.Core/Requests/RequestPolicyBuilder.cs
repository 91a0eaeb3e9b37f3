using System.Collections.Generic;
using OsAccess.Core.Grants;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Requests
{
    /// <summary>
    /// The hub identity policies of the two sides of a request (docs/requests.md prints them, and a test checks it does):
    /// a requester creates requests only in their own name, reads only their own reasons, and can withdraw only their own;
    /// an approver reads and decides requests and makes the grant, as Grant-OSAccess does.
    /// </summary>
    public static class RequestPolicyBuilder
    {
        public const string OpsItems = "arn:aws:ssm:*:*:opsitem/*";
        private const string Me = "${aws:username}";
        private static readonly string Requester = "aws:ResourceTag/" + AccessRequestFields.RequesterTag;

        /// <summary>For people who ask and do not approve. An approver holds <see cref="ApproverPolicy"/> only, which lets them ask too.</summary>
        public static PolicyDocument RequesterPolicy() => Document(
            CreateOwnRequests(),
            Statement("ListRequests", "Allow", new[] { "ssm:DescribeOpsItems" }, "*"),
            Statement("ReadRequestTags", "Allow", new[] { "ssm:ListTagsForResource" }, OpsItems),
            Statement("ReadOwnRequests", "Allow", new[] { "ssm:GetOpsItem" }, OpsItems,
                StatementLists.Condition("StringEquals", Requester, Me)),
            Statement("NoOtherReasons", "Deny", new[] { "ssm:GetOpsItem" }, OpsItems,
                StatementLists.Condition("StringNotEquals", Requester, Me),
                StatementLists.Condition("Null", Requester, "false")),
            WithdrawOwnRequests(),
            Statement("NoRequesterRetagging", "Deny", new[] { "ssm:AddTagsToResource", "ssm:RemoveTagsFromResource" }, OpsItems,
                StatementLists.Condition("ForAnyValue:StringEquals", "aws:TagKeys", AccessRequestFields.RequesterTag)),
            Statement("Notify", "Allow", new[] { "sns:Publish" }, "*"));

        public static PolicyDocument ApproverPolicy() => Document(
            CreateOwnRequests(),
            WithdrawOwnRequests(),
            Statement("ReadRequests", "Allow", new[] { "ssm:DescribeOpsItems" }, "*"),
            Statement("ReadAndDecideRequests", "Allow", new[] { "ssm:GetOpsItem", "ssm:ListTagsForResource", "ssm:UpdateOpsItem" }, OpsItems,
                StatementLists.Condition("Null", Requester, "false")),
            Statement("FindGrants", "Allow", new[] { "iam:ListPolicies" }, "*"),
            Statement("ReadUsers", "Allow", new[] { "iam:GetUser", "iam:ListAttachedUserPolicies" }, "arn:aws:iam::*:user/*"),
            Statement("AttachOnlyGrants", "Allow", new[] { "iam:AttachUserPolicy", "iam:DetachUserPolicy" }, "arn:aws:iam::*:user/*",
                StatementLists.Condition("ArnLike", "iam:PolicyARN", "arn:aws:iam::*:policy" + GrantPolicyName.PathRoot + "*")),
            Statement("WriteGrants", "Allow",
                new[] { "iam:CreatePolicy", "iam:TagPolicy", "iam:GetPolicy", "iam:DeletePolicy", "iam:ListPolicyVersions", "iam:DeletePolicyVersion" },
                "arn:aws:iam::*:policy" + GrantPolicyName.PathRoot + "*"),
            Statement("Notify", "Allow", new[] { "sns:Publish" }, "*"));

        private static PolicyStatement CreateOwnRequests() =>
            Statement("CreateOwnRequests", "Allow", new[] { "ssm:CreateOpsItem" }, "*",
                StatementLists.Condition("StringEquals", "aws:RequestTag/" + AccessRequestFields.RequesterTag, Me),
                StatementLists.Condition("ForAllValues:StringEquals", "aws:TagKeys", AccessRequestFields.RequesterTag));

        private static PolicyStatement WithdrawOwnRequests() =>
            Statement("WithdrawOwnRequests", "Allow", new[] { "ssm:AddTagsToResource" }, OpsItems,
                StatementLists.Condition("StringEquals", Requester, Me),
                StatementLists.Condition("ForAllValues:StringEquals", "aws:TagKeys", AccessRequestFields.WithdrawnTag));

        private static PolicyDocument Document(params PolicyStatement[] statements) =>
            new PolicyDocument { Version = PolicyDocument.CurrentVersion, Statements = statements };

        private static PolicyStatement Statement(string sid, string effect, string[] actions, string resource, params PolicyCondition[] conditions) =>
            new PolicyStatement
            {
                Sid = sid,
                Effect = effect,
                Action = StatementLists.Of(actions),
                Resource = StatementLists.Of(resource),
                Conditions = conditions,
            };
    }
}
