using System;

namespace OsAccess.Aws.Retry
{
    /// <summary>A call that follows a write kept failing for as long as IAM is given to propagate the write.</summary>
    public sealed class EventualConsistencyException : Exception
    {
        public EventualConsistencyException(string what, TimeSpan waited, Exception lastError)
            : base($"{what} still failed after {waited.TotalSeconds:0} s of retries. IAM is eventually consistent: a change made a moment ago " +
                   $"may not be visible yet everywhere. Try again later. Last error: {lastError.Message}", lastError)
        {
            What = what;
            Waited = waited;
        }

        public string What { get; }

        public TimeSpan Waited { get; }
    }
}
