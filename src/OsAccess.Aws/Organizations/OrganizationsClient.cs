using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Organizations
{
    /// <summary>AWS Organizations over JSON 1.1: POST with <c>X-Amz-Target: AWSOrganizationsV20161128.&lt;Operation&gt;</c>.</summary>
    public sealed class OrganizationsClient : IOrganizationsClient
    {
        public const string ServiceName = "Organizations";
        public const string TargetPrefix = "AWSOrganizationsV20161128";
        private const string JsonContentType = "application/x-amz-json-1.1";

        /// <summary>
        /// The largest page the Organizations list operations allow (MaxResults 1-20 on each of them), asked for so that
        /// reading the organization costs as few calls as it can.
        /// </summary>
        public const int LargestPage = 20;
        private readonly AwsHttpChannel channel;

        public OrganizationsClient(AwsClientOptions options)
        {
            channel = new AwsHttpChannel(options, ServiceName, (response, operation) => OrgErrorReader.Read(response, operation, ServiceName));
        }

        public Task<OrgOrganization> DescribeOrganizationAsync(CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("DescribeOrganization"), "Organization", OrgModelReader.Organization, cancellationToken);

        public Task<Page<OrgRoot>> ListRootsAsync(string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListRoots"), "Roots", OrgModelReader.Root, nextToken, cancellationToken);

        public Task<Page<OrgOrganizationalUnit>> ListOrganizationalUnitsForParentAsync(string parentId, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListOrganizationalUnitsForParent").Add("ParentId", parentId), "OrganizationalUnits", OrgModelReader.OrganizationalUnit, nextToken, cancellationToken);

        public Task<Page<OrgAccount>> ListAccountsForParentAsync(string parentId, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListAccountsForParent").Add("ParentId", parentId), "Accounts", OrgModelReader.Account, nextToken, cancellationToken);

        public Task<Page<OrgAccount>> ListAccountsAsync(string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListAccounts"), "Accounts", OrgModelReader.Account, nextToken, cancellationToken);

        public Task<OrgAccount> DescribeAccountAsync(string accountId, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("DescribeAccount").Add("AccountId", accountId), "Account", OrgModelReader.Account, cancellationToken);

        public Task<Page<OrgNode>> ListParentsAsync(string childId, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListParents").Add("ChildId", childId), "Parents", OrgModelReader.Node, nextToken, cancellationToken);

        public Task<Page<OrgNode>> ListChildrenAsync(string parentId, string childType, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListChildren").Add("ParentId", parentId).Add("ChildType", childType), "Children", OrgModelReader.Node, nextToken, cancellationToken);

        public Task<Page<OrgPolicySummary>> ListPoliciesAsync(string filter, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListPolicies").Add("Filter", filter), "Policies", OrgModelReader.PolicySummary, nextToken, cancellationToken);

        public Task<OrgPolicy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("DescribePolicy").Add("PolicyId", policyId), "Policy", OrgModelReader.Policy, cancellationToken);

        public Task<OrgPolicy> CreatePolicyAsync(string name, string description, string type, string content, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("CreatePolicy").Add("Content", content).Add("Description", description).Add("Name", name).Add("Type", type).AddTags(tags),
                "Policy", OrgModelReader.Policy, cancellationToken);

        public Task<OrgPolicy> UpdatePolicyAsync(string policyId, string? name, string? description, string? content, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("UpdatePolicy").Add("PolicyId", policyId).Add("Name", name).Add("Description", description).Add("Content", content),
                "Policy", OrgModelReader.Policy, cancellationToken);

        public Task DeletePolicyAsync(string policyId, CancellationToken cancellationToken) =>
            SendAsync(new OrgJsonBody("DeletePolicy").Add("PolicyId", policyId), cancellationToken);

        public Task AttachPolicyAsync(string policyId, string targetId, CancellationToken cancellationToken) =>
            SendAsync(new OrgJsonBody("AttachPolicy").Add("PolicyId", policyId).Add("TargetId", targetId), cancellationToken);

        public Task DetachPolicyAsync(string policyId, string targetId, CancellationToken cancellationToken) =>
            SendAsync(new OrgJsonBody("DetachPolicy").Add("PolicyId", policyId).Add("TargetId", targetId), cancellationToken);

        public Task<Page<OrgPolicyTarget>> ListTargetsForPolicyAsync(string policyId, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListTargetsForPolicy").Add("PolicyId", policyId), "Targets", OrgModelReader.PolicyTarget, nextToken, cancellationToken);

        public Task<Page<OrgPolicySummary>> ListPoliciesForTargetAsync(string targetId, string filter, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListPoliciesForTarget").Add("TargetId", targetId).Add("Filter", filter), "Policies", OrgModelReader.PolicySummary, nextToken, cancellationToken);

        public Task<OrgRoot> EnablePolicyTypeAsync(string rootId, string policyType, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("EnablePolicyType").Add("RootId", rootId).Add("PolicyType", policyType), "Root", OrgModelReader.Root, cancellationToken);

        public Task TagResourceAsync(string resourceId, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken) =>
            SendAsync(new OrgJsonBody("TagResource").Add("ResourceId", resourceId).AddTags(tags), cancellationToken);

        public Task UntagResourceAsync(string resourceId, IReadOnlyList<string> tagKeys, CancellationToken cancellationToken) =>
            SendAsync(new OrgJsonBody("UntagResource").Add("ResourceId", resourceId).Add("TagKeys", tagKeys), cancellationToken);

        public Task<Page<AwsTag>> ListTagsForResourceAsync(string resourceId, string? nextToken, CancellationToken cancellationToken) =>
            ListAsync(new OrgJsonBody("ListTagsForResource").Add("ResourceId", resourceId), "Tags", OrgModelReader.Tag, nextToken, cancellationToken, pageSize: null);

        public Task<OrgOrganization> CreateOrganizationAsync(string featureSet, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("CreateOrganization").Add("FeatureSet", featureSet), "Organization", OrgModelReader.Organization, cancellationToken);

        public Task<OrgCreateAccountStatus> CreateAccountAsync(string email, string accountName, string? roleName, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("CreateAccount").Add("Email", email).Add("AccountName", accountName).Add("RoleName", roleName).AddTags(tags),
                "CreateAccountStatus", OrgModelReader.CreateAccountStatus, cancellationToken);

        public Task<OrgCreateAccountStatus> DescribeCreateAccountStatusAsync(string createAccountRequestId, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("DescribeCreateAccountStatus").Add("CreateAccountRequestId", createAccountRequestId),
                "CreateAccountStatus", OrgModelReader.CreateAccountStatus, cancellationToken);

        public Task<OrgOrganizationalUnit> CreateOrganizationalUnitAsync(string parentId, string name, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken) =>
            GetAsync(new OrgJsonBody("CreateOrganizationalUnit").Add("ParentId", parentId).Add("Name", name).AddTags(tags),
                "OrganizationalUnit", OrgModelReader.OrganizationalUnit, cancellationToken);

        public Task MoveAccountAsync(string accountId, string sourceParentId, string destinationParentId, CancellationToken cancellationToken) =>
            SendAsync(new OrgJsonBody("MoveAccount").Add("AccountId", accountId).Add("SourceParentId", sourceParentId).Add("DestinationParentId", destinationParentId),
                cancellationToken);

        /// <summary>Nothing to release: the HTTP connection pool is shared by every client (<see cref="SharedHttpClient"/>).</summary>
        public void Dispose()
        {
        }

        /// <summary>An operation whose answer carries nothing OsAccess reads.</summary>
        private Task SendAsync(OrgJsonBody body, CancellationToken cancellationToken) => CallAsync(body, _ => 0, cancellationToken);

        private Task<T> GetAsync<T>(OrgJsonBody body, string member, Func<JsonElement, T> read, CancellationToken cancellationToken) =>
            CallAsync(body, root => OrgJson.Member(root, member) is JsonElement value
                ? read(value)
                : throw ServiceErrors.Malformed(ServiceName, body.Operation, $"The answer has no '{member}' member."),
                cancellationToken);

        /// <param name="pageSize">MaxResults; null for ListTagsForResource, which takes none.</param>
        private Task<Page<T>> ListAsync<T>(OrgJsonBody body, string member, Func<JsonElement, T> read, string? nextToken, CancellationToken cancellationToken,
            int? pageSize = LargestPage) =>
            CallAsync(body.Add("NextToken", nextToken).Add("MaxResults", pageSize), root => new Page<T>(OrgJson.List(root, member, read), OrgJson.Text(root, "NextToken")), cancellationToken);

        private async Task<T> CallAsync<T>(OrgJsonBody body, Func<JsonElement, T> read, CancellationToken cancellationToken)
        {
            var headers = new[] { new KeyValuePair<string, string>("X-Amz-Target", TargetPrefix + "." + body.Operation) };
            var response = await channel.SendAsync(new AwsRequest(body.Operation, body.ToBytes(), JsonContentType, headers), cancellationToken).ConfigureAwait(false);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(string.IsNullOrWhiteSpace(response.Body) ? "{}" : response.Body);
            }
            catch (JsonException error)
            {
                throw ServiceErrors.Malformed(ServiceName, body.Operation, response, error);
            }

            using (document)
            {
                return read(document.RootElement);
            }
        }
    }
}
