using System;

namespace OsAccess.Workflows.Organization
{
    /// <summary>A root, OU or account id that the organization does not hold.</summary>
    public sealed class OrganizationTargetNotFoundException : Exception
    {
        public OrganizationTargetNotFoundException(string targetId, Exception? inner = null)
            : base($"The organization has no root, OU or account '{targetId}': check the id with Get-ORGRoot, Get-ORGOrganizationalUnit or Get-ORGAccount.", inner)
        {
            TargetId = targetId;
        }

        public string TargetId { get; }
    }
}
