using System;

namespace OsAccess.Core.Grants
{
    /// <summary>A grant that would not fit the person's IAM user: nothing was written (or what was, was taken back).</summary>
    public sealed class GrantLimitExceededException : Exception
    {
        public GrantLimitExceededException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
