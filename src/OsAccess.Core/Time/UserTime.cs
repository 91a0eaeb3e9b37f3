using System;
using System.Globalization;

namespace OsAccess.Core.Time
{
    /// <summary>
    /// The one rule for an instant a person gives OsAccess. A <see cref="DateTime"/> of kind Utc is UTC. One of kind
    /// Unspecified (PowerShell's <c>[datetime]'2026-12-01 09:00'</c>) is a wall-clock time in the user's time zone. One of
    /// kind Local (<c>Get-Date</c>) is an instant on this machine's clock, as .NET already resolved it. (A DateTimeOffset
    /// keeps its offset: the cmdlets hand it over as its UTC DateTime.)
    /// A wall-clock time that does not exist (the hour skipped when clocks spring forward) or that happens twice (the
    /// hour repeated when they fall back) names no single instant, so it is refused rather than guessed: a guess could
    /// open or close access an hour early or late.
    /// </summary>
    public static class UserTime
    {
        /// <summary>The instant, in UTC; <paramref name="inputName"/> is what the caller calls the input (for example <c>Start</c>).</summary>
        /// <exception cref="UserTimeException">The time does not exist, happens twice, or is outside the range of dates.</exception>
        public static DateTimeOffset ToUtc(DateTime time, TimeZoneInfo local, string inputName)
        {
            switch (time.Kind)
            {
                case DateTimeKind.Utc:
                    return new DateTimeOffset(time, TimeSpan.Zero);
                case DateTimeKind.Local:
                    if (TimeZoneInfo.Local.IsInvalidTime(time)) throw Skipped(time, TimeZoneInfo.Local, inputName);
                    return Within(inputName, time, () => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero));
                default:
                    if (local.IsInvalidTime(time)) throw Skipped(time, local, inputName);
                    if (local.IsAmbiguousTime(time)) throw Repeated(time, local, inputName);
                    return Within(inputName, time, () => new DateTimeOffset(time, local.GetUtcOffset(time)).ToUniversalTime());
            }
        }

        private static DateTimeOffset Within(string inputName, DateTime time, Func<DateTimeOffset> convert)
        {
            try
            {
                return convert();
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new UserTimeException(inputName,
                    $"{Show(time)} is outside the dates .NET can hold once converted to UTC: give a date between the years 0001 and 9999.");
            }
        }

        private static UserTimeException Skipped(DateTime time, TimeZoneInfo zone, string inputName)
        {
            var first = time;
            while (zone.IsInvalidTime(first.AddMinutes(-1))) first = first.AddMinutes(-1);
            first = first.AddTicks(-(first.Ticks % TimeSpan.TicksPerMinute));
            var jump = zone.GetUtcOffset(time.AddDays(1)) - zone.GetUtcOffset(time.AddDays(-1));
            return new UserTimeException(inputName,
                $"{Show(time)} does not exist in {zone.Id}: that night the clocks go from {Clock(first)} straight to {Clock(first + jump)}. " +
                $"Give a time before {Clock(first)} or from {Clock(first + jump)}, or add an offset or Z (for example '{Iso(time)}Z').");
        }

        private static UserTimeException Repeated(DateTime time, TimeZoneInfo zone, string inputName)
        {
            var offsets = zone.GetAmbiguousTimeOffsets(time);
            Array.Sort(offsets);
            Array.Reverse(offsets);
            return new UserTimeException(inputName,
                $"{Show(time)} happens twice in {zone.Id}, at {Offset(offsets[0])} and again at {Offset(offsets[1])} once the clocks go back: " +
                $"add the offset you mean (for example '{Iso(time)}{Offset(offsets[0])}') or give it in UTC.");
        }

        private static string Show(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        private static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        private static string Clock(DateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

        private static string Offset(TimeSpan offset) =>
            (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
    }
}
