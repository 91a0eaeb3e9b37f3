using System;

namespace OsAccess.Workflows.Organization
{
    /// <summary>The caller may not read the organization's structure or its SCPs.</summary>
    public sealed class OrganizationReadDeniedException : Exception
    {
        public OrganizationReadDeniedException(string operation, Exception inner)
            : base($"Reading the organization was refused at {operation} ({inner.Message}). Run with credentials of the organization's management account, "
                + "or of a member account that is a delegated administrator for SCPs, allowed organizations:DescribeOrganization, ListRoots, "
                + "ListOrganizationalUnitsForParent, ListAccountsForParent, ListParents, ListPolicies, DescribePolicy and ListTargetsForPolicy.", inner)
        {
            Operation = operation;
        }

        public string Operation { get; }
    }
}
