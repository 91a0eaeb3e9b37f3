using System.Linq;
using System.Xml.Linq;
using static OsAccess.Aws.Iam.IamXml;

namespace OsAccess.Aws.Iam
{
    /// <summary>Turns IAM's XML elements into the typed models.</summary>
    internal static class IamModelReader
    {
        public static IamUser User(XElement e) => new IamUser
        {
            UserName = Required(e, "UserName"),
            UserId = Required(e, "UserId"),
            Arn = Required(e, "Arn"),
            Path = Text(e, "Path") ?? "/",
            CreateDate = Date(e, "CreateDate"),
            PermissionsBoundaryArn = Text(Child(e, "PermissionsBoundary"), "PermissionsBoundaryArn"),
            Tags = Tags(e),
        };

        public static IamRole Role(XElement e) => new IamRole
        {
            RoleName = Required(e, "RoleName"),
            RoleId = Required(e, "RoleId"),
            Arn = Required(e, "Arn"),
            Path = Text(e, "Path") ?? "/",
            CreateDate = Date(e, "CreateDate"),
            AssumeRolePolicyDocument = Document(e, "AssumeRolePolicyDocument"),
            Description = Text(e, "Description"),
            MaxSessionDuration = Int(e, "MaxSessionDuration"),
            PermissionsBoundaryArn = Text(Child(e, "PermissionsBoundary"), "PermissionsBoundaryArn"),
            Tags = Tags(e),
        };

        public static IamManagedPolicy ManagedPolicy(XElement e) => new IamManagedPolicy
        {
            PolicyName = Required(e, "PolicyName"),
            PolicyId = Required(e, "PolicyId"),
            Arn = Required(e, "Arn"),
            Path = Text(e, "Path") ?? "/",
            DefaultVersionId = Text(e, "DefaultVersionId"),
            AttachmentCount = Int(e, "AttachmentCount"),
            IsAttachable = Bool(e, "IsAttachable"),
            Description = Text(e, "Description"),
            CreateDate = Date(e, "CreateDate"),
            UpdateDate = Date(e, "UpdateDate"),
            Tags = Tags(e),
        };

        public static IamPolicyVersion PolicyVersion(XElement e) => new IamPolicyVersion
        {
            VersionId = Required(e, "VersionId"),
            Document = Document(e, "Document"),
            IsDefaultVersion = Bool(e, "IsDefaultVersion"),
            CreateDate = Date(e, "CreateDate"),
        };

        public static IamAttachedPolicy AttachedPolicy(XElement e) => new IamAttachedPolicy
        {
            PolicyName = Required(e, "PolicyName"),
            PolicyArn = Required(e, "PolicyArn"),
        };

        public static IamInlinePolicy InlinePolicy(XElement e) => new IamInlinePolicy
        {
            PolicyName = Required(e, "PolicyName"),
            Document = Document(e, "PolicyDocument") ?? string.Empty,
        };

        public static IamAccessKey AccessKey(XElement e) => new IamAccessKey
        {
            UserName = Required(e, "UserName"),
            AccessKeyId = Required(e, "AccessKeyId"),
            Status = Required(e, "Status"),
            SecretAccessKey = Required(e, "SecretAccessKey"),
            CreateDate = Date(e, "CreateDate"),
        };

        public static IamAuthorizationDetails AuthorizationDetails(XElement result) => new IamAuthorizationDetails
        {
            Users = Members(result, "UserDetailList").Select(m => new IamUserDetail
            {
                User = User(m),
                GroupNames = Strings(m, "GroupList"),
                InlinePolicies = Members(m, "UserPolicyList").Select(InlinePolicy).ToList(),
                AttachedPolicies = Members(m, "AttachedManagedPolicies").Select(AttachedPolicy).ToList(),
            }).ToList(),
            Groups = Members(result, "GroupDetailList").Select(m => new IamGroupDetail
            {
                GroupName = Required(m, "GroupName"),
                GroupId = Required(m, "GroupId"),
                Arn = Required(m, "Arn"),
                Path = Text(m, "Path") ?? "/",
                InlinePolicies = Members(m, "GroupPolicyList").Select(InlinePolicy).ToList(),
                AttachedPolicies = Members(m, "AttachedManagedPolicies").Select(AttachedPolicy).ToList(),
            }).ToList(),
            Roles = Members(result, "RoleDetailList").Select(m => new IamRoleDetail
            {
                Role = Role(m),
                InlinePolicies = Members(m, "RolePolicyList").Select(InlinePolicy).ToList(),
                AttachedPolicies = Members(m, "AttachedManagedPolicies").Select(AttachedPolicy).ToList(),
            }).ToList(),
            Policies = Members(result, "Policies").Select(m => new IamManagedPolicyDetail
            {
                Policy = ManagedPolicy(m),
                Versions = Members(m, "PolicyVersionList").Select(PolicyVersion).ToList(),
            }).ToList(),
            NextMarker = NextMarker(result),
        };
    }
}
