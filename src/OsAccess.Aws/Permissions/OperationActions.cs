using System;
using System.Collections.Generic;

namespace OsAccess.Aws.Permissions
{
    /// <summary>
    /// The IAM actions each operation of our AWS clients needs, as OsAccess calls it, keyed by the operation: the client's
    /// IAM service prefix and the operation's API name (<c>iam:CreatePolicy</c>). The one place that says so: the operator
    /// policies (<c>OsAccess.Workflows.Operators</c>) are built from it, and a test checks that every method of
    /// <see cref="Iam.IIamClient"/>, <see cref="Organizations.IOrganizationsClient"/>, <see cref="Ssm.ISsmClient"/>,
    /// <see cref="Sts.IStsClient"/> and <see cref="Sns.ISnsClient"/> has its entry (Service Authorization Reference, docs/operator-policy.md).
    /// </summary>
    public static class OperationActions
    {
        private static readonly Dictionary<string, string[]> Table = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            // Creates OsAccess always makes with tags need the tagging action too: Organizations' CreatePolicy needs
            // organizations:TagResource ("If the request includes tags, then the requester must have the
            // organizations:TagResource permission"); a tagged CreateOpsItem needs ssm:AddTagsToResource (CreateOpsItem's
            // Tags: "a user must have IAM permissions for both ..."); IAM's tagged CreateRole and CreatePolicy need
            // iam:TagRole and iam:TagPolicy, as AWS's example policy pairs iam:CreateUser with iam:TagUser (docs/operator-policy.md).
            // sts:GetCallerIdentity needs no permission: an explicit deny does not stop it.
            ["iam:GetUser"] = new[] { "iam:GetUser" },
            ["iam:ListUsers"] = new[] { "iam:ListUsers" },
            ["iam:CreateUser"] = new[] { "iam:CreateUser" },
            ["iam:CreateAccessKey"] = new[] { "iam:CreateAccessKey" },
            ["iam:TagUser"] = new[] { "iam:TagUser" },
            ["iam:UntagUser"] = new[] { "iam:UntagUser" },
            ["iam:ListUserTags"] = new[] { "iam:ListUserTags" },
            ["iam:GetRole"] = new[] { "iam:GetRole" },
            ["iam:CreateRole"] = new[] { "iam:CreateRole", "iam:TagRole" },
            ["iam:DeleteRole"] = new[] { "iam:DeleteRole" },
            ["iam:UpdateRole"] = new[] { "iam:UpdateRole" },
            ["iam:UpdateAssumeRolePolicy"] = new[] { "iam:UpdateAssumeRolePolicy" },
            ["iam:TagRole"] = new[] { "iam:TagRole" },
            ["iam:ListRoleTags"] = new[] { "iam:ListRoleTags" },
            ["iam:PutRolePolicy"] = new[] { "iam:PutRolePolicy" },
            ["iam:GetRolePolicy"] = new[] { "iam:GetRolePolicy" },
            ["iam:ListRolePolicies"] = new[] { "iam:ListRolePolicies" },
            ["iam:DeleteRolePolicy"] = new[] { "iam:DeleteRolePolicy" },
            ["iam:AttachRolePolicy"] = new[] { "iam:AttachRolePolicy" },
            ["iam:DetachRolePolicy"] = new[] { "iam:DetachRolePolicy" },
            ["iam:ListAttachedRolePolicies"] = new[] { "iam:ListAttachedRolePolicies" },
            ["iam:PutUserPolicy"] = new[] { "iam:PutUserPolicy" },
            ["iam:GetUserPolicy"] = new[] { "iam:GetUserPolicy" },
            ["iam:ListUserPolicies"] = new[] { "iam:ListUserPolicies" },
            ["iam:DeleteUserPolicy"] = new[] { "iam:DeleteUserPolicy" },
            ["iam:AttachUserPolicy"] = new[] { "iam:AttachUserPolicy" },
            ["iam:DetachUserPolicy"] = new[] { "iam:DetachUserPolicy" },
            ["iam:ListAttachedUserPolicies"] = new[] { "iam:ListAttachedUserPolicies" },
            ["iam:CreatePolicy"] = new[] { "iam:CreatePolicy", "iam:TagPolicy" },
            ["iam:GetPolicy"] = new[] { "iam:GetPolicy" },
            ["iam:DeletePolicy"] = new[] { "iam:DeletePolicy" },
            ["iam:ListPolicies"] = new[] { "iam:ListPolicies" },
            ["iam:CreatePolicyVersion"] = new[] { "iam:CreatePolicyVersion" },
            ["iam:GetPolicyVersion"] = new[] { "iam:GetPolicyVersion" },
            ["iam:ListPolicyVersions"] = new[] { "iam:ListPolicyVersions" },
            ["iam:DeletePolicyVersion"] = new[] { "iam:DeletePolicyVersion" },
            ["iam:TagPolicy"] = new[] { "iam:TagPolicy" },
            ["iam:GetAccountAuthorizationDetails"] = new[] { "iam:GetAccountAuthorizationDetails" },
            ["organizations:DescribeOrganization"] = new[] { "organizations:DescribeOrganization" },
            ["organizations:ListRoots"] = new[] { "organizations:ListRoots" },
            ["organizations:ListOrganizationalUnitsForParent"] = new[] { "organizations:ListOrganizationalUnitsForParent" },
            ["organizations:ListAccountsForParent"] = new[] { "organizations:ListAccountsForParent" },
            ["organizations:ListAccounts"] = new[] { "organizations:ListAccounts" },
            ["organizations:DescribeAccount"] = new[] { "organizations:DescribeAccount" },
            ["organizations:ListParents"] = new[] { "organizations:ListParents" },
            ["organizations:ListChildren"] = new[] { "organizations:ListChildren" },
            ["organizations:ListPolicies"] = new[] { "organizations:ListPolicies" },
            ["organizations:DescribePolicy"] = new[] { "organizations:DescribePolicy" },
            ["organizations:CreatePolicy"] = new[] { "organizations:CreatePolicy", "organizations:TagResource" },
            ["organizations:UpdatePolicy"] = new[] { "organizations:UpdatePolicy" },
            ["organizations:DeletePolicy"] = new[] { "organizations:DeletePolicy" },
            ["organizations:AttachPolicy"] = new[] { "organizations:AttachPolicy" },
            ["organizations:DetachPolicy"] = new[] { "organizations:DetachPolicy" },
            ["organizations:ListTargetsForPolicy"] = new[] { "organizations:ListTargetsForPolicy" },
            ["organizations:ListPoliciesForTarget"] = new[] { "organizations:ListPoliciesForTarget" },
            ["organizations:EnablePolicyType"] = new[] { "organizations:EnablePolicyType" },
            ["organizations:TagResource"] = new[] { "organizations:TagResource" },
            ["organizations:UntagResource"] = new[] { "organizations:UntagResource" },
            ["organizations:ListTagsForResource"] = new[] { "organizations:ListTagsForResource" },
            ["organizations:CreateOrganization"] = new[] { "organizations:CreateOrganization" },
            ["organizations:CreateAccount"] = new[] { "organizations:CreateAccount" },
            ["organizations:DescribeCreateAccountStatus"] = new[] { "organizations:DescribeCreateAccountStatus" },
            ["organizations:CreateOrganizationalUnit"] = new[] { "organizations:CreateOrganizationalUnit" },
            ["organizations:MoveAccount"] = new[] { "organizations:MoveAccount" },
            ["ssm:StartSession"] = new[] { "ssm:StartSession" },
            ["ssm:DescribeSessions"] = new[] { "ssm:DescribeSessions" },
            ["ssm:TerminateSession"] = new[] { "ssm:TerminateSession" },
            ["ssm:DescribeInstanceInformation"] = new[] { "ssm:DescribeInstanceInformation" },
            ["ssm:CreateOpsItem"] = new[] { "ssm:CreateOpsItem", "ssm:AddTagsToResource" },
            ["ssm:GetOpsItem"] = new[] { "ssm:GetOpsItem" },
            ["ssm:UpdateOpsItem"] = new[] { "ssm:UpdateOpsItem" },
            ["ssm:DescribeOpsItems"] = new[] { "ssm:DescribeOpsItems" },
            // OpsItem tags go through SSM's resource tagging API.
            ["ssm:AddOpsItemTags"] = new[] { "ssm:AddTagsToResource" },
            ["ssm:ListOpsItemTags"] = new[] { "ssm:ListTagsForResource" },
            ["sts:GetCallerIdentity"] = new string[0],
            ["sts:AssumeRole"] = new[] { "sts:AssumeRole" },
            ["sns:CreateTopic"] = new[] { "sns:CreateTopic" },
            ["sns:Publish"] = new[] { "sns:Publish" },
            ["sns:ListTopics"] = new[] { "sns:ListTopics" },
        };

        /// <summary>Every operation in the table.</summary>
        public static IEnumerable<string> Operations => Table.Keys;

        /// <summary>The actions <paramref name="operation"/> (e.g. <c>iam:CreatePolicy</c>) needs; none for sts:GetCallerIdentity.</summary>
        public static IReadOnlyList<string> For(string operation) =>
            Table.TryGetValue(operation, out var actions)
                ? actions
                : throw new ArgumentException($"No IAM actions are declared for the operation '{operation}': add it to OperationActions.", nameof(operation));
    }
}
