using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Organizations
{
    /// <summary>
    /// The AWS Organizations operations OsAccess uses, named as in the Organizations API. List operations
    /// return one page; pass its <see cref="Page{T}.NextToken"/> back, or walk them all with <see cref="Pagination"/>.
    /// Failures throw <see cref="AwsServiceException"/>.
    /// </summary>
    public interface IOrganizationsClient : IDisposable
    {
        Task<OrgOrganization> DescribeOrganizationAsync(CancellationToken cancellationToken);
        Task<Page<OrgRoot>> ListRootsAsync(string? nextToken, CancellationToken cancellationToken);
        Task<Page<OrgOrganizationalUnit>> ListOrganizationalUnitsForParentAsync(string parentId, string? nextToken, CancellationToken cancellationToken);
        Task<Page<OrgAccount>> ListAccountsForParentAsync(string parentId, string? nextToken, CancellationToken cancellationToken);
        Task<Page<OrgAccount>> ListAccountsAsync(string? nextToken, CancellationToken cancellationToken);
        Task<OrgAccount> DescribeAccountAsync(string accountId, CancellationToken cancellationToken);
        Task<Page<OrgNode>> ListParentsAsync(string childId, string? nextToken, CancellationToken cancellationToken);

        /// <param name="childType"><c>ACCOUNT</c> or <c>ORGANIZATIONAL_UNIT</c>.</param>
        Task<Page<OrgNode>> ListChildrenAsync(string parentId, string childType, string? nextToken, CancellationToken cancellationToken);

        /// <param name="filter">A policy type, e.g. <c>SERVICE_CONTROL_POLICY</c>.</param>
        Task<Page<OrgPolicySummary>> ListPoliciesAsync(string filter, string? nextToken, CancellationToken cancellationToken);
        Task<OrgPolicy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken);
        Task<OrgPolicy> CreatePolicyAsync(string name, string description, string type, string content, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken);

        /// <summary>Changes what is given; null members stay as they are.</summary>
        Task<OrgPolicy> UpdatePolicyAsync(string policyId, string? name, string? description, string? content, CancellationToken cancellationToken);
        Task DeletePolicyAsync(string policyId, CancellationToken cancellationToken);
        Task AttachPolicyAsync(string policyId, string targetId, CancellationToken cancellationToken);
        Task DetachPolicyAsync(string policyId, string targetId, CancellationToken cancellationToken);
        Task<Page<OrgPolicyTarget>> ListTargetsForPolicyAsync(string policyId, string? nextToken, CancellationToken cancellationToken);
        Task<Page<OrgPolicySummary>> ListPoliciesForTargetAsync(string targetId, string filter, string? nextToken, CancellationToken cancellationToken);
        Task<OrgRoot> EnablePolicyTypeAsync(string rootId, string policyType, CancellationToken cancellationToken);

        /// <param name="resourceId">A policy, OU, account or root id.</param>
        Task TagResourceAsync(string resourceId, IReadOnlyList<AwsTag> tags, CancellationToken cancellationToken);
        Task UntagResourceAsync(string resourceId, IReadOnlyList<string> tagKeys, CancellationToken cancellationToken);
        Task<Page<AwsTag>> ListTagsForResourceAsync(string resourceId, string? nextToken, CancellationToken cancellationToken);

        /// <param name="featureSet"><c>ALL</c> or <c>CONSOLIDATED_BILLING</c>.</param>
        Task<OrgOrganization> CreateOrganizationAsync(string featureSet, CancellationToken cancellationToken);
        Task<OrgCreateAccountStatus> CreateAccountAsync(string email, string accountName, string? roleName, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken);
        Task<OrgCreateAccountStatus> DescribeCreateAccountStatusAsync(string createAccountRequestId, CancellationToken cancellationToken);
        Task<OrgOrganizationalUnit> CreateOrganizationalUnitAsync(string parentId, string name, IReadOnlyList<AwsTag>? tags, CancellationToken cancellationToken);
        Task MoveAccountAsync(string accountId, string sourceParentId, string destinationParentId, CancellationToken cancellationToken);
    }
}
