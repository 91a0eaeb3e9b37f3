using System;
using System.Globalization;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// The window of a grant, from what a person asked for: it must end after it starts, must not be over already (a grant
    /// that is over lets nobody in, and would only look like access was given), and may last at most
    /// <see cref="MaximumDuration"/>. Errors are ArgumentExceptions whose ParamName is the input at fault, named as the
    /// grant cmdlet names it (<c>Start</c>, <c>End</c>, <c>Duration</c>).
    /// </summary>
    public static class GrantWindow
    {
        /// <summary>
        /// The longest a grant may last: 92 days, the longest calendar quarter, which is as long as the original design's
        /// own example grant (1 April to 30 June). Time-boxed access is the point; longer needs are granted again.
        /// </summary>
        public static readonly TimeSpan MaximumDuration = TimeSpan.FromDays(92);

        /// <summary>The window from <paramref name="start"/> to <paramref name="end"/>, both in any offset.</summary>
        public static AccessWindow Between(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
        {
            var window = AccessWindow.Create(start, end, "End");
            if (window.Duration > MaximumDuration)
            {
                throw new ArgumentException(
                    $"The window from {window.StartText} to {window.EndText} lasts {Days(window.Duration)}, longer than the {Days(MaximumDuration)} " +
                    "a grant may last: grant a shorter window, and grant again when it ends.", "End");
            }
            if (window.End <= now)
            {
                throw new ArgumentException(
                    $"{window.EndText} is already past (it is now {Show(now)}): a grant whose window is over lets nobody in. Give an end in the future.", "End");
            }
            return window;
        }

        /// <summary>The window of <paramref name="duration"/> from <paramref name="start"/>.</summary>
        public static AccessWindow For(DateTimeOffset start, TimeSpan duration, DateTimeOffset now)
        {
            if (duration <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{duration} opens no window: give a duration of at least one second, such as 1:00 for an hour.", "Duration");
            }
            if (duration > MaximumDuration)
            {
                throw new ArgumentException(
                    $"{duration} is longer than the {Days(MaximumDuration)} a grant may last: grant a shorter window, and grant again when it ends.", "Duration");
            }
            var window = AccessWindow.Create(start, start + duration, "Duration");
            if (window.End <= now)
            {
                throw new ArgumentException(
                    $"The window from {window.StartText} for {duration} ended at {window.EndText}, before now ({Show(now)}): a grant whose window " +
                    "is over lets nobody in. Give a later start, or leave it out to start now.", "Start");
            }
            return window;
        }

        private static string Show(DateTimeOffset instant) => AccessWindow.Format(instant);

        private static string Days(TimeSpan span) =>
            span.TotalDays.ToString(span.TotalDays % 1 == 0 ? "0" : "0.##", CultureInfo.InvariantCulture) + " days";
    }
}
