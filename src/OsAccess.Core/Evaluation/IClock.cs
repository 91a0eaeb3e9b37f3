using System;

namespace OsAccess.Core.Evaluation
{
    /// <summary>Where <c>aws:CurrentTime</c> and <c>aws:EpochTime</c> come from.</summary>
    public interface IClock
    {
        DateTimeOffset UtcNow { get; }
    }

    /// <summary>The machine's clock.</summary>
    public sealed class SystemClock : IClock
    {
        public static readonly SystemClock Instance = new SystemClock();

        public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
    }

    /// <summary>A clock that always reads the same instant: for tests and for "what if it were then" questions.</summary>
    public sealed class FixedClock : IClock
    {
        public FixedClock(DateTimeOffset instant) => UtcNow = instant.ToUniversalTime();

        public DateTimeOffset UtcNow { get; }
    }
}
