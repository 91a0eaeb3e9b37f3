using System;
using System.Globalization;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// What Grant-OSAccess holds a window to on top of <see cref="GrantWindow"/>: at most the caller's maximum duration
    /// (default <see cref="DefaultMaxDuration"/>), and a start at most <see cref="MaxLead"/> ahead, so that grants stay
    /// short and near. Errors are ArgumentExceptions whose ParamName is the cmdlet parameter at fault.
    /// </summary>
    public static class GrantRules
    {
        public static readonly TimeSpan DefaultMaxDuration = TimeSpan.FromHours(8);

        public static readonly TimeSpan MaxLead = TimeSpan.FromDays(30);

        public static AccessWindow Check(AccessWindow window, DateTimeOffset now, TimeSpan maxDuration, string durationInput)
        {
            if (maxDuration <= TimeSpan.Zero || maxDuration > GrantWindow.MaximumDuration)
            {
                throw new ArgumentException(
                    $"{Show(maxDuration)} is not a maximum a grant can have: give one from a second up to {Show(GrantWindow.MaximumDuration)}.", "MaxDuration");
            }
            if (window.Duration > maxDuration)
            {
                throw new ArgumentException(
                    $"The window from {window.StartText} to {window.EndText} lasts {Show(window.Duration)}, over the maximum of {Show(maxDuration)}: " +
                    "grant a shorter window, or raise -MaxDuration if a longer one is meant.", durationInput);
            }
            if (window.Start > now + MaxLead)
            {
                throw new ArgumentException(
                    $"{window.StartText} is more than {MaxLead.TotalDays:0} days ahead (it is now {AccessWindow.Format(now)}): grant nearer the time.", "Start");
            }
            return window;
        }

        private static string Show(TimeSpan span) =>
            span.TotalHours < 48
                ? span.TotalHours.ToString("0.##", CultureInfo.InvariantCulture) + " hours"
                : span.TotalDays.ToString("0.##", CultureInfo.InvariantCulture) + " days";
    }
}
