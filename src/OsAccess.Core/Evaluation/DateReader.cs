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
            if (TryReadUtcSeconds(text, out ticks)) return true;
            if (!DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)) return false;
            ticks = instant.UtcTicks;
            return true;
        }

        // The form AWS writes aws:CurrentTime in, yyyy-MM-ddTHH:mm:ssZ, read without the general parser.
        private static bool TryReadUtcSeconds(string text, out long ticks)
        {
            ticks = 0;
            if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return false;
            if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day) ||
                !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second)) return false;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
            ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks;
            return true;
        }

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9') return false;
                value = value * 10 + (c - '0');
            }
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
