using LocalAws.Dispatch;

namespace LocalAws.Services.Organizations;

/// <summary>AWS Organizations over JSON 1.1.</summary>
public sealed class OrganizationsService : JsonService
{
    public OrganizationsService()
    {
        Register("DescribeOrganization", OrgStructureOperations.DescribeOrganization);
        Register("ListRoots", OrgStructureOperations.ListRoots);
        Register("ListOrganizationalUnitsForParent", OrgStructureOperations.ListOrganizationalUnitsForParent);
        Register("ListAccountsForParent", OrgStructureOperations.ListAccountsForParent);
        Register("ListAccounts", OrgStructureOperations.ListAccounts);
        Register("DescribeAccount", OrgStructureOperations.DescribeAccount);
        Register("ListParents", OrgStructureOperations.ListParents);
        Register("ListChildren", OrgStructureOperations.ListChildren);
        Register("CreateOrganization", OrgStructureOperations.CreateOrganization);
        Register("CreateAccount", OrgStructureOperations.CreateAccount);
        Register("DescribeCreateAccountStatus", OrgStructureOperations.DescribeCreateAccountStatus);
        Register("CreateOrganizationalUnit", OrgStructureOperations.CreateOrganizationalUnit);
        Register("MoveAccount", OrgStructureOperations.MoveAccount);

        Register("ListPolicies", OrgPolicyOperations.ListPolicies);
        Register("DescribePolicy", OrgPolicyOperations.DescribePolicy);
        Register("CreatePolicy", OrgPolicyOperations.CreatePolicy);
        Register("UpdatePolicy", OrgPolicyOperations.UpdatePolicy);
        Register("DeletePolicy", OrgPolicyOperations.DeletePolicy);
        Register("AttachPolicy", OrgPolicyOperations.AttachPolicy);
        Register("DetachPolicy", OrgPolicyOperations.DetachPolicy);
        Register("ListTargetsForPolicy", OrgPolicyOperations.ListTargetsForPolicy);
        Register("ListPoliciesForTarget", OrgPolicyOperations.ListPoliciesForTarget);
        Register("EnablePolicyType", OrgPolicyOperations.EnablePolicyType);
        Register("DisablePolicyType", OrgPolicyOperations.DisablePolicyType);

        Register("TagResource", OrgTagOperations.TagResource);
        Register("UntagResource", OrgTagOperations.UntagResource);
        Register("ListTagsForResource", OrgTagOperations.ListTagsForResource);
    }

    public override string Name => "organizations";
    public override string TargetPrefix => "AWSOrganizationsV20161128";
    public override string ValidationErrorCode => "InvalidInputException";
}
