using System;
using System.Globalization;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// How Date* operators read values: ISO 8601 dates and times (UTC unless an offset is written) or epoch seconds,
    /// as UTC ticks. DateGreaterThan/DateLessThan compare strictly, so a grant window is closed at both ends.
    /// </summary>
    internal static class DateReader
    {
        private static readonly string[] Formats =
        {
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
            "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyyMMdd'T'HHmmssK",
        };

        public static readonly ValueReader<long> Read = TryRead;

        public static bool TryRead(string text, out long ticks)
        {
            ticks = 0;
            if (text.Length == 0) return false;
            if (IsInteger(text))
            {
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)) return false;
                if (seconds < -62135596800L || seconds > 253402300799L) return false;
                ticks = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcTicks;
                return true;
            }
            if (!DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)) return false;
            ticks = instant.UtcTicks;
            return true;
        }

        private static bool IsInteger(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= '0' && c <= '9') continue;
                if (i == 0 && c == '-' && text.Length > 1) continue;
                return false;
            }
            return true;
        }
    }
}
