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
        private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";
        private readonly AwsHttpChannel channel;

        public IamClient(AwsClientOptions options)
        {
            channel = new AwsHttpChannel(options, ServiceName, (response, operation) => IamErrorReader.Read(response, operation, ServiceName));
        }

        public async Task<IamUser> GetUserAsync(string? userName, CancellationToken cancellationToken) =>
            IamModelReader.User(Child(await CallAsync(new IamFormBody("GetUser").Add("UserName", userName), cancellationToken).ConfigureAwait(false), "User")!);

        public Task<Page<IamUser>> ListUsersAsync(string? pathPrefix, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListUsers").Add("PathPrefix", pathPrefix), "Users", IamModelReader.User, marker, cancellationToken);

        public async Task<IamUser> CreateUserAsync(string userName, string? path, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken) =>
            IamModelReader.User(Child(await CallAsync(new IamFormBody("CreateUser").Add("UserName", userName).Add("Path", path).AddTags(tags), cancellationToken).ConfigureAwait(false), "User")!);

        public async Task<IamAccessKey> CreateAccessKeyAsync(string? userName, CancellationToken cancellationToken) =>
            IamModelReader.AccessKey(Child(await CallAsync(new IamFormBody("CreateAccessKey").Add("UserName", userName), cancellationToken).ConfigureAwait(false), "AccessKey")!);

        public Task TagUserAsync(string userName, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("TagUser").Add("UserName", userName).AddTags(tags), cancellationToken);

        public Task UntagUserAsync(string userName, IReadOnlyList<string> tagKeys, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("UntagUser").Add("UserName", userName).AddList("TagKeys", tagKeys), cancellationToken);

        public Task<Page<AwsTag>> ListUserTagsAsync(string userName, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListUserTags").Add("UserName", userName), "Tags", Tag, marker, cancellationToken);

        public async Task<IamRole> GetRoleAsync(string roleName, CancellationToken cancellationToken) =>
            IamModelReader.Role(Child(await CallAsync(new IamFormBody("GetRole").Add("RoleName", roleName), cancellationToken).ConfigureAwait(false), "Role")!);

        public async Task<IamRole> CreateRoleAsync(IamCreateRoleRequest request, CancellationToken cancellationToken)
        {
            var body = new IamFormBody("CreateRole")
                .Add("RoleName", request.RoleName)
                .Add("AssumeRolePolicyDocument", request.AssumeRolePolicyDocument)
                .Add("Path", request.Path)
                .Add("Description", request.Description)
                .Add("MaxSessionDuration", request.MaxSessionDuration)
                .Add("PermissionsBoundary", request.PermissionsBoundary)
                .AddTags(request.Tags);
            return IamModelReader.Role(Child(await CallAsync(body, cancellationToken).ConfigureAwait(false), "Role")!);
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

        public async Task<IamManagedPolicy> CreatePolicyAsync(string policyName, string policyDocument, string? path, string? description, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken)
        {
            var body = new IamFormBody("CreatePolicy").Add("PolicyName", policyName).Add("PolicyDocument", policyDocument)
                .Add("Path", path).Add("Description", description).AddTags(tags);
            return IamModelReader.ManagedPolicy(Child(await CallAsync(body, cancellationToken).ConfigureAwait(false), "Policy")!);
        }

        public async Task<IamManagedPolicy> GetPolicyAsync(string policyArn, CancellationToken cancellationToken) =>
            IamModelReader.ManagedPolicy(Child(await CallAsync(new IamFormBody("GetPolicy").Add("PolicyArn", policyArn), cancellationToken).ConfigureAwait(false), "Policy")!);

        public Task DeletePolicyAsync(string policyArn, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("DeletePolicy").Add("PolicyArn", policyArn), cancellationToken);

        public Task<Page<IamManagedPolicy>> ListPoliciesAsync(string? scope, bool? onlyAttached, string? pathPrefix, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListPolicies").Add("Scope", scope).Add("OnlyAttached", onlyAttached).Add("PathPrefix", pathPrefix),
                "Policies", IamModelReader.ManagedPolicy, marker, cancellationToken);

        public async Task<IamPolicyVersion> CreatePolicyVersionAsync(string policyArn, string policyDocument, bool setAsDefault, CancellationToken cancellationToken)
        {
            var body = new IamFormBody("CreatePolicyVersion").Add("PolicyArn", policyArn).Add("PolicyDocument", policyDocument).Add("SetAsDefault", setAsDefault);
            return IamModelReader.PolicyVersion(Child(await CallAsync(body, cancellationToken).ConfigureAwait(false), "PolicyVersion")!);
        }

        public async Task<IamPolicyVersion> GetPolicyVersionAsync(string policyArn, string versionId, CancellationToken cancellationToken) =>
            IamModelReader.PolicyVersion(Child(await CallAsync(new IamFormBody("GetPolicyVersion").Add("PolicyArn", policyArn).Add("VersionId", versionId), cancellationToken).ConfigureAwait(false), "PolicyVersion")!);

        public Task<Page<IamPolicyVersion>> ListPolicyVersionsAsync(string policyArn, string? marker, CancellationToken cancellationToken) =>
            ListAsync(new IamFormBody("ListPolicyVersions").Add("PolicyArn", policyArn), "Versions", IamModelReader.PolicyVersion, marker, cancellationToken);

        public Task DeletePolicyVersionAsync(string policyArn, string versionId, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("DeletePolicyVersion").Add("PolicyArn", policyArn).Add("VersionId", versionId), cancellationToken);

        public Task TagPolicyAsync(string policyArn, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("TagPolicy").Add("PolicyArn", policyArn).AddTags(tags), cancellationToken);

        public async Task<IamAuthorizationDetails> GetAccountAuthorizationDetailsAsync(IReadOnlyList<string>? filter, string? marker, CancellationToken cancellationToken) =>
            IamModelReader.AuthorizationDetails((await CallAsync(new IamFormBody("GetAccountAuthorizationDetails").AddList("Filter", filter).Add("Marker", marker), cancellationToken).ConfigureAwait(false))!);

        private Task PutInlineAsync(string kind, string principal, string policyName, string policyDocument, CancellationToken cancellationToken) =>
            CallAsync(new IamFormBody("Put" + kind + "Policy").Add(kind + "Name", principal).Add("PolicyName", policyName).Add("PolicyDocument", policyDocument), cancellationToken);

        private async Task<IamInlinePolicy> GetInlineAsync(string kind, string principal, string policyName, CancellationToken cancellationToken) =>
            IamModelReader.InlinePolicy((await CallAsync(new IamFormBody("Get" + kind + "Policy").Add(kind + "Name", principal).Add("PolicyName", policyName), cancellationToken).ConfigureAwait(false))!);

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

        /// <summary>Sends the request and returns its <c>&lt;ActionResult&gt;</c> element (null for operations without output).</summary>
        private async Task<XElement?> CallAsync(IamFormBody body, CancellationToken cancellationToken)
        {
            var response = await channel.SendAsync(new AwsRequest(body.Action, body.ToBytes(), FormContentType), cancellationToken).ConfigureAwait(false);
            try
            {
                return Child(XDocument.Parse(response.Body).Root, body.Action + "Result");
            }
            catch (System.Xml.XmlException error)
            {
                throw ServiceErrors.Malformed(ServiceName, body.Action, response, error);
            }
        }
    }
}
