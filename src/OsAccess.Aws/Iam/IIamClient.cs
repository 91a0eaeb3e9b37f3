using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Iam
{
    /// <summary>
    /// The IAM operations OsAccess uses, named as in the IAM API. List operations return one page;
    /// pass its <see cref="Page{T}.NextToken"/> as <c>marker</c>, or walk them all with <see cref="Pagination"/>.
    /// Failures throw <see cref="AwsServiceException"/>.
    /// </summary>
    public interface IIamClient : IDisposable
    {
        /// <summary>The named user, or the caller's own user when <paramref name="userName"/> is null.</summary>
        Task<IamUser> GetUserAsync(string? userName, CancellationToken cancellationToken);
        Task<Page<IamUser>> ListUsersAsync(string? pathPrefix, string? marker, CancellationToken cancellationToken);
        Task<IamUser> CreateUserAsync(string userName, string? path, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken);
        Task<IamAccessKey> CreateAccessKeyAsync(string? userName, CancellationToken cancellationToken);
        Task TagUserAsync(string userName, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken);
        Task UntagUserAsync(string userName, IReadOnlyList<string> tagKeys, CancellationToken cancellationToken);
        Task<Page<AwsTag>> ListUserTagsAsync(string userName, string? marker, CancellationToken cancellationToken);

        Task<IamRole> GetRoleAsync(string roleName, CancellationToken cancellationToken);
        Task<IamRole> CreateRoleAsync(IamCreateRoleRequest request, CancellationToken cancellationToken);
        Task DeleteRoleAsync(string roleName, CancellationToken cancellationToken);
        Task UpdateRoleAsync(string roleName, string? description, int? maxSessionDuration, CancellationToken cancellationToken);
        Task UpdateAssumeRolePolicyAsync(string roleName, string policyDocument, CancellationToken cancellationToken);
        Task TagRoleAsync(string roleName, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken);
        Task<Page<AwsTag>> ListRoleTagsAsync(string roleName, string? marker, CancellationToken cancellationToken);

        Task PutRolePolicyAsync(string roleName, string policyName, string policyDocument, CancellationToken cancellationToken);
        Task<IamInlinePolicy> GetRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken);
        Task<Page<string>> ListRolePoliciesAsync(string roleName, string? marker, CancellationToken cancellationToken);
        Task DeleteRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken);
        Task AttachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken);
        Task DetachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken);
        Task<Page<IamAttachedPolicy>> ListAttachedRolePoliciesAsync(string roleName, string? marker, CancellationToken cancellationToken);

        Task PutUserPolicyAsync(string userName, string policyName, string policyDocument, CancellationToken cancellationToken);
        Task<IamInlinePolicy> GetUserPolicyAsync(string userName, string policyName, CancellationToken cancellationToken);
        Task<Page<string>> ListUserPoliciesAsync(string userName, string? marker, CancellationToken cancellationToken);
        Task DeleteUserPolicyAsync(string userName, string policyName, CancellationToken cancellationToken);
        Task AttachUserPolicyAsync(string userName, string policyArn, CancellationToken cancellationToken);
        Task DetachUserPolicyAsync(string userName, string policyArn, CancellationToken cancellationToken);
        Task<Page<IamAttachedPolicy>> ListAttachedUserPoliciesAsync(string userName, string? marker, CancellationToken cancellationToken);

        Task<IamManagedPolicy> CreatePolicyAsync(string policyName, string policyDocument, string? path, string? description, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken);
        Task<IamManagedPolicy> GetPolicyAsync(string policyArn, CancellationToken cancellationToken);
        Task DeletePolicyAsync(string policyArn, CancellationToken cancellationToken);

        /// <param name="scope"><c>All</c>, <c>AWS</c> or <c>Local</c>; null for All.</param>
        Task<Page<IamManagedPolicy>> ListPoliciesAsync(string? scope, bool? onlyAttached, string? pathPrefix, string? marker, CancellationToken cancellationToken);
        Task<IamPolicyVersion> CreatePolicyVersionAsync(string policyArn, string policyDocument, bool setAsDefault, CancellationToken cancellationToken);
        Task<IamPolicyVersion> GetPolicyVersionAsync(string policyArn, string versionId, CancellationToken cancellationToken);
        Task<Page<IamPolicyVersion>> ListPolicyVersionsAsync(string policyArn, string? marker, CancellationToken cancellationToken);
        Task DeletePolicyVersionAsync(string policyArn, string versionId, CancellationToken cancellationToken);
        Task TagPolicyAsync(string policyArn, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken);

        /// <param name="filter">Any of <c>User</c>, <c>Role</c>, <c>Group</c>, <c>LocalManagedPolicy</c>, <c>AWSManagedPolicy</c>; null for all.</param>
        Task<IamAuthorizationDetails> GetAccountAuthorizationDetailsAsync(IReadOnlyList<string>? filter, string? marker, CancellationToken cancellationToken);
    }
}
