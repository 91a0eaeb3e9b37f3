using System.Collections.Generic;
using System.Linq;
using static OsAccess.Workflows.Operators.OperatorCmdlet;
using static OsAccess.Workflows.Operators.OperatorScopes;

namespace OsAccess.Workflows.Operators
{
    /// <summary>
    /// What each cmdlet calls, and where: the one declaration the operator policies are built from. A test runs each of
    /// them against LocalAws and checks that every action LocalAws authorised for it is declared here
    /// (tests/OsAccess.PowerShell.Tests/Operators).
    /// </summary>
    public static class OperatorCmdlets
    {
        private const string AssumeRole = "sts:AssumeRole";

        public static readonly OperatorCmdlet PublishScp = new OperatorCmdlet("Publish-OSAccessScp",
            Management(OrganizationWide, "organizations:DescribeOrganization", "organizations:ListRoots", "organizations:ListPolicies",
                "organizations:DescribePolicy", "organizations:ListTargetsForPolicy", "organizations:ListPoliciesForTarget",
                "organizations:ListTagsForResource", "organizations:CreatePolicy", "organizations:UpdatePolicy", "organizations:AttachPolicy",
                "organizations:EnablePolicyType"));

        public static readonly OperatorCmdlet TestScp = new OperatorCmdlet("Test-OSAccessScp",
            Management(OrganizationWide, "organizations:DescribeOrganization", "organizations:ListRoots", "organizations:ListOrganizationalUnitsForParent",
                "organizations:ListAccountsForParent", "organizations:ListPolicies", "organizations:DescribePolicy", "organizations:ListTargetsForPolicy"));

        public static readonly OperatorCmdlet UnpublishScp = new OperatorCmdlet("Unpublish-OSAccessScp",
            Management(OrganizationWide, "organizations:DescribeOrganization", "organizations:ListPolicies", "organizations:DescribePolicy",
                "organizations:ListTagsForResource", "organizations:ListTargetsForPolicy",
                "organizations:DetachPolicy", "organizations:DeletePolicy"));

        public static readonly OperatorCmdlet PublishRole = new OperatorCmdlet("Publish-OSAccessRole",
            Management(OrganizationWide, "organizations:DescribeOrganization", "organizations:ListAccounts"),
            Management(MemberAccounts, AssumeRole),
            Member(OsAccessRole, "iam:GetRole", "iam:CreateRole", "iam:UpdateRole", "iam:UpdateAssumeRolePolicy", "iam:ListRolePolicies",
                "iam:GetRolePolicy", "iam:DeleteRolePolicy", "iam:ListAttachedRolePolicies", "iam:AttachRolePolicy", "iam:DetachRolePolicy"),
            Member(OsAccessPolicy, "iam:GetPolicy", "iam:CreatePolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions",
                "iam:CreatePolicyVersion", "iam:DeletePolicyVersion"));

        public static readonly OperatorCmdlet TestRole = new OperatorCmdlet("Test-OSAccessRole",
            Management(OrganizationWide, "organizations:DescribeOrganization", "organizations:ListAccounts"),
            Management(MemberAccounts, AssumeRole),
            Member(OsAccessRole, "iam:GetRole", "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies"),
            Member(OsAccessPolicy, "iam:GetPolicy", "iam:GetPolicyVersion"));

        public static readonly OperatorCmdlet UnpublishRole = new OperatorCmdlet("Unpublish-OSAccessRole",
            Management(OrganizationWide, "organizations:DescribeOrganization", "organizations:ListAccounts"),
            Management(MemberAccounts, AssumeRole),
            Member(OsAccessRole, "iam:GetRole", "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:DeleteRolePolicy", "iam:ListAttachedRolePolicies",
                "iam:DetachRolePolicy", "iam:DeleteRole"),
            Member(OsAccessPolicy, "iam:GetPolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions", "iam:DeletePolicyVersion", "iam:DeletePolicy"));

        public static readonly OperatorCmdlet Grant = new OperatorCmdlet("Grant-OSAccess", GrantWriterCalls());

        public static readonly OperatorCmdlet GetGrant = new OperatorCmdlet("Get-OSAccessGrant",
            Hub(ReadAll, "iam:GetAccountAuthorizationDetails"));

        public static readonly OperatorCmdlet Revoke = new OperatorCmdlet("Revoke-OSAccess -EndSessions",
            Hub(ReadAll, "iam:GetAccountAuthorizationDetails"),
            Hub(GrantAttachments, "iam:DetachUserPolicy"),
            Hub(GrantPolicies, "iam:DeletePolicy"),
            Hub(MemberAccounts, AssumeRole),
            Member(OsAccessRole, "iam:GetRole", "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:PutRolePolicy", "iam:DeleteRolePolicy"),
            Member(ReadAll, "ssm:DescribeSessions"),
            Member(SessionIds, "ssm:TerminateSession"));

        public static readonly OperatorCmdlet SessionsAcrossOrganization = new OperatorCmdlet("Get-OSAccessSession -All",
            Management(OrganizationWide, "organizations:DescribeOrganization", "organizations:ListAccounts"),
            Management(MemberAccounts, AssumeRole),
            Management(ReadAll, "ssm:DescribeSessions"),
            Member(ReadAll, "ssm:DescribeSessions"));

        public static readonly OperatorCmdlet SessionsInAccounts = new OperatorCmdlet("Get-OSAccessSession -AccountId",
            Hub(MemberAccounts, AssumeRole),
            Member(ReadAll, "ssm:DescribeSessions"));

        public static readonly OperatorCmdlet StopSession = new OperatorCmdlet("Stop-OSAccessSession",
            Hub(MemberAccounts, AssumeRole),
            Member(SessionIds, "ssm:TerminateSession"));

        public static readonly OperatorCmdlet RequestAccess = new OperatorCmdlet("Request-OSAccess -NotificationTopicArn",
            Hub(NewOwnRequests, "ssm:CreateOpsItem"),
            Hub(OwnRequests, "ssm:GetOpsItem", "ssm:ListOpsItemTags"),
            Hub(Topics, "sns:Publish"));

        public static readonly OperatorCmdlet GetOwnRequests = new OperatorCmdlet("Get-OSAccessRequest -Mine",
            Hub(ReadAll, "ssm:DescribeOpsItems"),
            Hub(OwnRequests, "ssm:GetOpsItem", "ssm:ListOpsItemTags"));

        public static readonly OperatorCmdlet WithdrawRequest = new OperatorCmdlet("Stop-OSAccessRequest -NotificationTopicArn",
            Hub(OwnRequests, "ssm:GetOpsItem", "ssm:ListOpsItemTags"),
            Hub(OwnWithdrawals, "ssm:AddOpsItemTags"),
            Hub(Topics, "sns:Publish"));

        public static readonly OperatorCmdlet GetRequests = new OperatorCmdlet("Get-OSAccessRequest",
            Hub(ReadAll, "ssm:DescribeOpsItems"),
            Hub(AllRequests, "ssm:GetOpsItem", "ssm:ListOpsItemTags"));

        /// <summary>
        /// Makes the grant as Grant-OSAccess does; reads the grant's policy (GetPolicy) when it exists already, to tell a
        /// second approver who approved, or to record one's own approval that could not be recorded before.
        /// </summary>
        public static readonly OperatorCmdlet ApproveRequest = new OperatorCmdlet("Approve-OSAccessRequest -NotificationTopicArn",
            Hub(AllRequests, "ssm:GetOpsItem", "ssm:ListOpsItemTags", "ssm:UpdateOpsItem"),
            GrantWriterCalls(),
            Hub(GrantPolicies, "iam:GetPolicy"),
            Hub(Topics, "sns:Publish"));

        /// <summary>Looks for the request's grant (GetPolicy) before and after writing the denial: an approval may have made it meanwhile.</summary>
        public static readonly OperatorCmdlet DenyRequest = new OperatorCmdlet("Deny-OSAccessRequest -NotificationTopicArn",
            Hub(AllRequests, "ssm:GetOpsItem", "ssm:ListOpsItemTags", "ssm:UpdateOpsItem"),
            Hub(GrantPolicies, "iam:GetPolicy"),
            Hub(Topics, "sns:Publish"));

        /// <summary>What making a grant calls (GrantWriter): the user's grants read, expired ones removed, leftovers deleted, the new one created and attached.</summary>
        private static IEnumerable<OperatorNeed> GrantWriterCalls() =>
            Hub(ReadAll, "iam:ListPolicies")
                .Concat(Hub(HubUsers, "iam:GetUser", "iam:ListAttachedUserPolicies"))
                .Concat(Hub(GrantPolicies, "iam:CreatePolicy", "iam:DeletePolicy"))
                .Concat(Hub(GrantAttachments, "iam:AttachUserPolicy", "iam:DetachUserPolicy"));
    }
}
