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
                "organizations:ListTagsForResource", "organizations:CreatePolicy", "organizations:UpdatePolicy", "organizations:AttachPolicy"));

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

        public static readonly OperatorCmdlet Grant = new OperatorCmdlet("Grant-OSAccess",
            Hub(ReadAll, "iam:ListPolicies"),
            Hub(HubUsers, "iam:GetUser", "iam:ListAttachedUserPolicies"),
            Hub(GrantPolicies, "iam:CreatePolicy", "iam:DeletePolicy"),
            Hub(GrantAttachments, "iam:AttachUserPolicy"));

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
    }
}
