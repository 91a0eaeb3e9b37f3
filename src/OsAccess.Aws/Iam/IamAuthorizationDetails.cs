using System.Collections.Generic;

namespace OsAccess.Aws.Iam
{
    /// <summary>What GetAccountAuthorizationDetails returns: every principal with its policies, and the managed policies with their versions.</summary>
    public sealed class IamAuthorizationDetails
    {
        public IReadOnlyList<IamUserDetail> Users { get; init; } = new IamUserDetail[0];
        public IReadOnlyList<IamGroupDetail> Groups { get; init; } = new IamGroupDetail[0];
        public IReadOnlyList<IamRoleDetail> Roles { get; init; } = new IamRoleDetail[0];
        public IReadOnlyList<IamManagedPolicyDetail> Policies { get; init; } = new IamManagedPolicyDetail[0];

        /// <summary>The marker of the next page; null on the last one.</summary>
        public string? NextMarker { get; init; }
    }

    public sealed class IamUserDetail
    {
        public IamUser User { get; init; } = new IamUser();
        public IReadOnlyList<string> GroupNames { get; init; } = new string[0];
        public IReadOnlyList<IamInlinePolicy> InlinePolicies { get; init; } = new IamInlinePolicy[0];
        public IReadOnlyList<IamAttachedPolicy> AttachedPolicies { get; init; } = new IamAttachedPolicy[0];
    }

    public sealed class IamGroupDetail
    {
        public string GroupName { get; init; } = string.Empty;
        public string GroupId { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Path { get; init; } = "/";
        public IReadOnlyList<IamInlinePolicy> InlinePolicies { get; init; } = new IamInlinePolicy[0];
        public IReadOnlyList<IamAttachedPolicy> AttachedPolicies { get; init; } = new IamAttachedPolicy[0];
    }

    public sealed class IamRoleDetail
    {
        public IamRole Role { get; init; } = new IamRole();
        public IReadOnlyList<IamInlinePolicy> InlinePolicies { get; init; } = new IamInlinePolicy[0];
        public IReadOnlyList<IamAttachedPolicy> AttachedPolicies { get; init; } = new IamAttachedPolicy[0];
    }

    public sealed class IamManagedPolicyDetail
    {
        public IamManagedPolicy Policy { get; init; } = new IamManagedPolicy();
        public IReadOnlyList<IamPolicyVersion> Versions { get; init; } = new IamPolicyVersion[0];
    }
}
