using System;

namespace OsAccess.Aws.Timing
{
    /// <summary>Tells the time; tests substitute a clock they move by hand.</summary>
    public interface IClock
    {
        DateTimeOffset UtcNow { get; }
    }
}
