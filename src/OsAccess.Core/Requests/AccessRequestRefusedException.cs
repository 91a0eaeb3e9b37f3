using System;

namespace OsAccess.Core.Requests
{
    /// <summary>A request that cannot be decided or withdrawn as asked (already decided, withdrawn, past, one's own); nothing was written.</summary>
    public sealed class AccessRequestRefusedException : InvalidOperationException
    {
        public AccessRequestRefusedException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
