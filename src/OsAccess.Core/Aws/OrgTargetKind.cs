namespace OsAccess.Core.Aws
{
    /// <summary>What an Organizations target id (<see cref="OrgTargetId"/>) names.</summary>
    public enum OrgTargetKind
    {
        Root,
        OrganizationalUnit,
        Account,
    }
}
