namespace OsAccess.Core.Roles
{
    /// <summary>What Publish-OSAccessRole or Unpublish-OSAccessRole did in one account.</summary>
    public enum RoleStatus
    {
        /// <summary>The role did not exist and was created.</summary>
        Created,

        /// <summary>The role existed and something about it was brought up to date.</summary>
        Updated,

        /// <summary>Everything already was as OsAccess would write it: nothing was written.</summary>
        Unchanged,

        /// <summary>A write failed; <see cref="OSAccessRoleResult.Changes"/> lists what was done before it.</summary>
        Failed,

        /// <summary>Unpublish: what OsAccess created was removed.</summary>
        Removed,

        /// <summary>Unpublish: the role was left alone (OsAccess did not create it, or there was nothing).</summary>
        Skipped,
    }
}
