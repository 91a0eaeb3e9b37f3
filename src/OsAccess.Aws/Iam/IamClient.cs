using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using OsAccess.Aws.Http;
using static OsAccess.Aws.Iam.IamXml;

namespace OsAccess.Aws.Iam
{
    /// <summary>IAM over its Query protocol: form-encoded POST, XML answers.</summary>
    public sealed class IamClient : IIamClient
    {
        public const string ServiceName = "IAM";
        private readonly AwsHttpChannel channel;

        public IamClient(AwsClientOptions options)
        {
            channel = new AwsHttpChannel(options, ServiceName, (response, operation) => IamErrorReader.Read(response, operation, ServiceName));
        }

        public Task<IamUser> GetUserAsync(string? userName, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("GetUser").Add("UserName", userName), "User", IamModelReader.User, cancellationToken);

        public Task<Page<IamUser>> ListUsersAsync(string? pathPrefix, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListUsers").Add("PathPrefix", pathPrefix), "Users", IamModelReader.User, marker, cancellationToken);

        public Task<IamUser> CreateUserAsync(string userName, string? path, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("CreateUser").Add("UserName", userName).Add("Path", path).AddTags(tags), "User", IamModelReader.User, cancellationToken);

        public Task<IamAccessKey> CreateAccessKeyAsync(string? userName, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("CreateAccessKey").Add("UserName", userName), "AccessKey", IamModelReader.AccessKey, cancellationToken);

        public Task TagUserAsync(string userName, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("TagUser").Add("UserName", userName).AddTags(tags), cancellationToken);

        public Task UntagUserAsync(string userName, IReadOnlyList<string> tagKeys, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("UntagUser").Add("UserName", userName).AddList("TagKeys", tagKeys), cancellationToken);

        public Task<Page<AwsTag>> ListUserTagsAsync(string userName, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListUserTags").Add("UserName", userName), "Tags", Tag, marker, cancellationToken);

        public Task<IamRole> GetRoleAsync(string roleName, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("GetRole").Add("RoleName", roleName), "Role", IamModelReader.Role, cancellationToken);

        public Task<IamRole> CreateRoleAsync(IamCreateRoleRequest request, CancellationToken cancellationToken)
        {
            var body = new IamFormBody("CreateRole")
                .Add("RoleName", request.RoleName)
                .Add("AssumeRolePolicyDocument", request.AssumeRolePolicyDocument)
                .Add("Path", request.Path)
                .Add("Description", request.Description)
                .Add("MaxSessionDuration", request.MaxSessionDuration)
                .Add("PermissionsBoundary", request.PermissionsBoundary)
                .AddTags(request.Tags);
            return GetAsync(body, "Role", IamModelReader.Role, cancellationToken);
        }

        public Task DeleteRoleAsync(string roleName, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("DeleteRole").Add("RoleName", roleName), cancellationToken);

        public Task UpdateRoleAsync(string roleName, string? description, int? maxSessionDuration, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("UpdateRole").Add("RoleName", roleName).Add("Description", description).Add("MaxSessionDuration", maxSessionDuration), cancellationToken);

        public Task UpdateAssumeRolePolicyAsync(string roleName, string policyDocument, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("UpdateAssumeRolePolicy").Add("RoleName", roleName).Add("PolicyDocument", policyDocument), cancellationToken);

        public Task TagRoleAsync(string roleName, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("TagRole").Add("RoleName", roleName).AddTags(tags), cancellationToken);

        public Task<Page<AwsTag>> ListRoleTagsAsync(string roleName, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListRoleTags").Add("RoleName", roleName), "Tags", Tag, marker, cancellationToken);

        public Task PutRolePolicyAsync(string roleName, string policyName, string policyDocument, CancellationToken cancellationToken) =>
            PutInlineAsync("Role", roleName, policyName, policyDocument, cancellationToken);

        public Task<IamInlinePolicy> GetRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken) =>
            GetInlineAsync("Role", roleName, policyName, cancellationToken);

        public Task<Page<string>> ListRolePoliciesAsync(string roleName, string? marker, CancellationToken cancellationToken) =>
            ListInlineAsync("Role", roleName, marker, cancellationToken);

        public Task DeleteRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken) =>
            DeleteInlineAsync("Role", roleName, policyName, cancellationToken);

        public Task AttachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken) =>
            AttachmentAsync("AttachRolePolicy", "RoleName", roleName, policyArn, cancellationToken);

        public Task DetachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken) =>
            AttachmentAsync("DetachRolePolicy", "RoleName", roleName, policyArn, cancellationToken);

        public Task<Page<IamAttachedPolicy>> ListAttachedRolePoliciesAsync(string roleName, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListAttachedRolePolicies").Add("RoleName", roleName), "AttachedPolicies", IamModelReader.AttachedPolicy, marker, cancellationToken);

        public Task PutUserPolicyAsync(string userName, string policyName, string policyDocument, CancellationToken cancellationToken) =>
            PutInlineAsync("User", userName, policyName, policyDocument, cancellationToken);

        public Task<IamInlinePolicy> GetUserPolicyAsync(string userName, string policyName, CancellationToken cancellationToken) =>
            GetInlineAsync("User", userName, policyName, cancellationToken);

        public Task<Page<string>> ListUserPoliciesAsync(string userName, string? marker, CancellationToken cancellationToken) =>
            ListInlineAsync("User", userName, marker, cancellationToken);

        public Task DeleteUserPolicyAsync(string userName, string policyName, CancellationToken cancellationToken) =>
            DeleteInlineAsync("User", userName, policyName, cancellationToken);

        public Task AttachUserPolicyAsync(string userName, string policyArn, CancellationToken cancellationToken) =>
            AttachmentAsync("AttachUserPolicy", "UserName", userName, policyArn, cancellationToken);

        public Task DetachUserPolicyAsync(string userName, string policyArn, CancellationToken cancellationToken) =>
            AttachmentAsync("DetachUserPolicy", "UserName", userName, policyArn, cancellationToken);

        public Task<Page<IamAttachedPolicy>> ListAttachedUserPoliciesAsync(string userName, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListAttachedUserPolicies").Add("UserName", userName), "AttachedPolicies", IamModelReader.AttachedPolicy, marker, cancellationToken);

        public Task<IamManagedPolicy> CreatePolicyAsync(string policyName, string policyDocument, string? path, string? description, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken)
        {
            var body = new IamFormBody("CreatePolicy").Add("PolicyName", policyName).Add("PolicyDocument", policyDocument)
                .Add("Path", path).Add("Description", description).AddTags(tags);
            return GetAsync(body, "Policy", IamModelReader.ManagedPolicy, cancellationToken);
        }

        public Task<IamManagedPolicy> GetPolicyAsync(string policyArn, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("GetPolicy").Add("PolicyArn", policyArn), "Policy", IamModelReader.ManagedPolicy, cancellationToken);

        public Task DeletePolicyAsync(string policyArn, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("DeletePolicy").Add("PolicyArn", policyArn), cancellationToken);

        public Task<Page<IamManagedPolicy>> ListPoliciesAsync(string? scope, bool? onlyAttached, string? pathPrefix, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListPolicies").Add("Scope", scope).Add("OnlyAttached", onlyAttached).Add("PathPrefix", pathPrefix),
                "Policies", IamModelReader.ManagedPolicy, marker, cancellationToken);

        public Task<IamPolicyVersion> CreatePolicyVersionAsync(string policyArn, string policyDocument, bool setAsDefault, CancellationToken cancellationToken)
        {
            var body = new IamFormBody("CreatePolicyVersion").Add("PolicyArn", policyArn).Add("PolicyDocument", policyDocument).Add("SetAsDefault", setAsDefault);
            return GetAsync(body, "PolicyVersion", IamModelReader.PolicyVersion, cancellationToken);
        }

        public Task<IamPolicyVersion> GetPolicyVersionAsync(string policyArn, string versionId, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("GetPolicyVersion").Add("PolicyArn", policyArn).Add("VersionId", versionId), "PolicyVersion", IamModelReader.PolicyVersion, cancellationToken);

        public Task<Page<IamPolicyVersion>> ListPolicyVersionsAsync(string policyArn, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListPolicyVersions").Add("PolicyArn", policyArn), "Versions", IamModelReader.PolicyVersion, marker, cancellationToken);

        public Task DeletePolicyVersionAsync(string policyArn, string versionId, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("DeletePolicyVersion").Add("PolicyArn", policyArn).Add("VersionId", versionId), cancellationToken);

        public Task TagPolicyAsync(string policyArn, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("TagPolicy").Add("PolicyArn", policyArn).AddTags(tags), cancellationToken);

        public Task<IamAuthorizationDetails> GetAccountAuthorizationDetailsAsync(IReadOnlyList<string>? filter, string? marker, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("GetAccountAuthorizationDetails").AddList("Filter", filter).Add("Marker", marker), null, IamModelReader.AuthorizationDetails, cancellationToken);

        /// <summary>Nothing to release: the HTTP connection pool is shared by every client (<see cref="SharedHttpClient"/>).</summary>
        public void Dispose()
        {
        }

        private Task PutInlineAsync(string kind, string principal, string policyName, string policyDocument, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("Put" + kind + "Policy").Add(kind + "Name", principal).Add("PolicyName", policyName).Add("PolicyDocument", policyDocument), cancellationToken);

        private Task<IamInlinePolicy> GetInlineAsync(string kind, string principal, string policyName, CancellationToken cancellationToken) =>
            GetAsync(new IamFormBody("Get" + kind + "Policy").Add(kind + "Name", principal).Add("PolicyName", policyName), null, IamModelReader.InlinePolicy, cancellationToken);

        private Task<Page<string>> ListInlineAsync(string kind, string principal, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("List" + kind + "Policies").Add(kind + "Name", principal), "PolicyNames", e => e.Value, marker, cancellationToken);

        private Task DeleteInlineAsync(string kind, string principal, string policyName, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("Delete" + kind + "Policy").Add(kind + "Name", principal).Add("PolicyName", policyName), cancellationToken);

        private Task AttachmentAsync(string action, string principalParameter, string principal, string policyArn, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody(action).Add(principalParameter, principal).Add("PolicyArn", policyArn), cancellationToken);

        private async Task<Page<T>> ListAsync<T>(IamFormBody body, string listName, System.Func<XElement, T> read, string? marker, CancellationToken cancellationToken)
        {
            XElement? result = await CallAsync(body.Add("Marker", marker), cancellationToken).ConfigureAwait(false);
            return new Page<T>(Members(result, listName).Select(read).ToList(), NextMarker(result));
        }

        /// <summary>
        /// Sends the request and reads <paramref name="member"/> of its <c>&lt;ActionResult&gt;</c> (the result itself when null);
        /// an answer without it is a <c>MalformedResponse</c> error, not an empty model.
        /// </summary>
        private async Task<T> GetAsync<T>(IamFormBody body, string? member, System.Func<XElement, T> read, CancellationToken cancellationToken)
        {
            XElement? result = await CallAsync(body, cancellationToken).ConfigureAwait(false);
            XElement? element = member == null ? result : Child(result, member);
            return element != null
                ? read(element)
                : throw ServiceErrors.Malformed(ServiceName, body.Action, $"The answer has no '{member ?? body.Action + "Result"}' element.");
        }

        private Task<XElement?> CallAsync(IamFormBody body, CancellationToken cancellationToken) => QueryCall.ResultAsync(channel, ServiceName, body, cancellationToken);
    }
}
