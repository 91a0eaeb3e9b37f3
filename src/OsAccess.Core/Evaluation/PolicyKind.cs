namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// The role a policy plays when a request is evaluated; the same document can play different roles. Not
    /// <see cref="Policy.Validation.PolicyType"/>, which says where a document is stored and so which grammar and quota
    /// apply: evaluation does not tell a trust policy from another resource policy, nor an inline policy from a managed
    /// one, and validation has no resource control policies yet (docs/architecture.md).
    /// </summary>
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
