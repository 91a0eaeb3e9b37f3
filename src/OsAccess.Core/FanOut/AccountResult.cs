using System;

namespace OsAccess.Core.FanOut
{
    /// <summary>What one account's unit of work gave: its value, or the exception it ended with.</summary>
    public sealed class AccountResult<T>
    {
        private AccountResult(string accountId, T value, Exception? error)
        {
            AccountId = accountId;
            Value = value;
            Error = error;
        }

        public string AccountId { get; }

        /// <summary>The unit's value; the default of <typeparamref name="T"/> when it failed.</summary>
        public T Value { get; }

        /// <summary>Null when the unit succeeded.</summary>
        public Exception? Error { get; }

        public bool Succeeded => Error == null;

        public static AccountResult<T> Success(string accountId, T value) => new AccountResult<T>(accountId, value, null);

        public static AccountResult<T> Failure(string accountId, Exception error) =>
            new AccountResult<T>(accountId, default!, error ?? throw new ArgumentNullException(nameof(error)));
    }
}
