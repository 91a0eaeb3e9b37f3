using System;

namespace OsAccess.Core.FanOut
{
    /// <summary>
    /// One account's unit of work failed: <see cref="Exception.Message"/> says what went wrong and what to do about it,
    /// the inner exception is the failure itself, and <see cref="PartialResult"/>, when set, is what the unit did before it
    /// failed, to be reported beside the error.
    /// </summary>
    public sealed class AccountFailedException : Exception
    {
        public AccountFailedException(string message, Exception inner, object? partialResult = null)
            : base(message, inner)
        {
            PartialResult = partialResult;
        }

        public object? PartialResult { get; }
    }
}
