namespace OsAccess.Core.Evaluation
{
    /// <summary>The role a policy plays in a request; the same document can play different roles.</summary>
    public enum PolicyKind
    {
        Identity,
        PermissionsBoundary,
        Session,
        Resource,
        ServiceControl,
        ResourceControl,
    }
}
