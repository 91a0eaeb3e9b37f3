namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Where a policy is attached. Decides which elements a policy may have and which size limit applies. Not
    /// <see cref="Evaluation.PolicyKind"/>, the role a policy plays in an evaluation (docs/architecture.md).
    /// </summary>
    public enum PolicyType
    {
        /// <summary>A customer managed policy attached to a user, group or role.</summary>
        Identity,

        /// <summary>An AWS Organizations service control policy.</summary>
        ServiceControl,

        /// <summary>A role's trust policy (AssumeRolePolicyDocument).</summary>
        Trust,

        /// <summary>A resource-based policy other than a trust policy (bucket, queue, key policies...); its size limit is the service's.</summary>
        Resource,

        /// <summary>An inline policy of a user; the limit is for all of the user's inline policies together.</summary>
        UserInline,

        /// <summary>An inline policy of a group; the limit is for all of the group's inline policies together.</summary>
        GroupInline,

        /// <summary>An inline policy of a role; the limit is for all of the role's inline policies together.</summary>
        RoleInline,

        /// <summary>A managed policy used as a user's or role's permissions boundary.</summary>
        PermissionsBoundary,

        /// <summary>An inline session policy passed to AssumeRole, GetFederationToken and the like.</summary>
        Session,
    }
}
