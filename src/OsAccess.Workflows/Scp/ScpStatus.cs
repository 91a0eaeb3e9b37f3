namespace OsAccess.Workflows.Scp
{
    /// <summary>What publishing did to the policy itself.</summary>
    public enum ScpStatus
    {
        /// <summary>The policy was not there; it was created.</summary>
        Created,

        /// <summary>Its content had drifted from the parameters; it was updated in place.</summary>
        Updated,

        /// <summary>AWS already held this content.</summary>
        Unchanged,
    }
}
