using System;
using OsAccess.Core.Grants;
using OsAccess.Core.Time;

namespace OsAccess.PowerShell.Grants
{
    /// <summary>
    /// The window a person asks for with -Start and -End or -Duration, as Grant-OSAccess and Request-OSAccess both take it:
    /// local time for a DateTime without a zone, from the current second without -Start, checked by GrantWindow and GrantRules.
    /// </summary>
    internal static class AskedWindow
    {
        /// <param name="end">Null in the Duration parameter set.</param>
        public static AccessWindow Resolve(DateTime? start, DateTime? end, TimeSpan duration, TimeSpan maxDuration, DateTimeOffset now)
        {
            // Without -Start, from the current second: IAM's DateGreaterThan then already holds.
            var from = start.HasValue
                ? UserTime.ToUtc(start.Value, TimeZoneInfo.Local, "Start")
                : new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            var asked = end.HasValue
                ? GrantWindow.Between(from, UserTime.ToUtc(end.Value, TimeZoneInfo.Local, "End"), now)
                : GrantWindow.For(from, duration, now);
            return GrantRules.Check(asked, now, maxDuration, end.HasValue ? "End" : "Duration");
        }
    }
}
