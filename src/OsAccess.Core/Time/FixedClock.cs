using System;

namespace OsAccess.Core.Time
{
    /// <summary>A clock that always reads the same instant: for tests and for "what if it were then" questions.</summary>
    public sealed class FixedClock : IClock
    {
        public FixedClock(DateTimeOffset instant) => UtcNow = instant.ToUniversalTime();

        public DateTimeOffset UtcNow { get; }
    }
}
