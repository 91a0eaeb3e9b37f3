using System;

namespace OsAccess.Workflows.Changes
{
    /// <summary>
    /// A resource of the name OsAccess writes (a role, a policy) that OsAccess did not create, found before anything is
    /// written; the message says what takes it over.
    /// </summary>
    public sealed class NotManagedException : InvalidOperationException
    {
        public NotManagedException(string message)
            : base(message)
        {
        }
    }
}
