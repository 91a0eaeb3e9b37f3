using System;

namespace OsAccess.Aws.Retry
{
    /// <summary>How often and how patiently a failed call is tried again.</summary>
    public sealed class RetryOptions
    {
        /// <summary>Attempts in all, the first one included (1 = never retry).</summary>
        public int MaxAttempts { get; set; } = 5;

        /// <summary>The cap of the first backoff; it doubles with each retry.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

        /// <summary>No backoff is longer than this.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);
    }
}
