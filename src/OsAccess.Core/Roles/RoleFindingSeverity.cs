namespace OsAccess.Core.Roles
{
    public enum RoleFindingSeverity
    {
        /// <summary>The role is more open than OsAccess would make it, or does not work as OsAccess would make it.</summary>
        Error,

        /// <summary>The role differs in a way that opens nothing (a shorter session, a missing tag).</summary>
        Warning,
    }
}
