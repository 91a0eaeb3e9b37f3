using System;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// How Date operators read a value, in a policy or in a request: epoch seconds, or a date in the W3C profile of ISO 8601
    /// ("IAM JSON policy elements: Condition operators", Date: "one of the W3C implementations of the ISO 8601 date formats",
    /// https://www.w3.org/TR/NOTE-datetime): YYYY-MM-DD, optionally followed by Thh:mm, Thh:mm:ss or Thh:mm:ss.s and a zone,
    /// Z or ±hh:mm (±hhmm is read too). A time without a zone is read as UTC. The basic form without separators
    /// (20200401T000000Z) is not in that profile and is refused. Allocates nothing.
    /// </summary>
    public static class ConditionDate
    {
        private const long MinEpochSeconds = -62135596800L; // 0001-01-01T00:00:00Z
        private const long MaxEpochSeconds = 253402300799L; // 9999-12-31T23:59:59Z
        private static readonly long UnixEpochTicks = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

        /// <summary>Reads <paramref name="text"/> as an instant, in UTC ticks; false when it is not a date IAM compares.</summary>
        public static bool TryRead(string text, out long utcTicks) => TryRead(text, out utcTicks, out _, out _);

        /// <summary>True for a date and time that names no time zone, e.g. 2020-04-01T00:00:00: read as UTC, which may not be what was meant.</summary>
        public static bool IsDateTimeWithoutZone(string text) => TryRead(text, out _, out var time, out var zone) && time && !zone;

        private static bool TryRead(string text, out long ticks, out bool time, out bool zone)
        {
            ticks = 0;
            time = false;
            zone = false;
            if (string.IsNullOrEmpty(text)) return false;
            if (IsInteger(text))
            {
                if (text.Length > 19 || !long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seconds)) return false;
                if (seconds < MinEpochSeconds || seconds > MaxEpochSeconds) return false;
                ticks = UnixEpochTicks + seconds * TimeSpan.TicksPerSecond;
                return true;
            }
            if (!Digits(text, 0, 4, out var year) || !Char(text, 4, '-') || !Digits(text, 5, 2, out var month) || !Char(text, 7, '-') || !Digits(text, 8, 2, out var day)) return false;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            int hour = 0, minute = 0, second = 0, offsetMinutes = 0;
            long fraction = 0;
            var i = 10;
            if (i < text.Length)
            {
                time = true;
                if (!Char(text, i, 'T') || !Digits(text, i + 1, 2, out hour) || !Char(text, i + 3, ':') || !Digits(text, i + 4, 2, out minute)) return false;
                i += 6;
                if (Char(text, i, ':'))
                {
                    if (!Digits(text, i + 1, 2, out second)) return false;
                    i += 3;
                    if (Char(text, i, '.'))
                    {
                        var start = ++i;
                        var scale = TimeSpan.TicksPerSecond;
                        for (; i < text.Length && IsDigit(text[i]); i++)
                        {
                            scale /= 10;
                            fraction += (text[i] - '0') * scale;
                        }
                        if (i == start) return false;
                    }
                }
                if (hour > 23 || minute > 59 || second > 59) return false;
                if (i < text.Length)
                {
                    zone = true;
                    if (!TryReadZone(text, i, out offsetMinutes)) return false;
                }
            }
            ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fraction - offsetMinutes * TimeSpan.TicksPerMinute;
            return ticks >= 0 && ticks <= DateTime.MaxValue.Ticks;
        }

        // Z, or ±hh:mm or ±hhmm up to 14 hours, to the end of the text.
        private static bool TryReadZone(string text, int i, out int offsetMinutes)
        {
            offsetMinutes = 0;
            if (text[i] == 'Z') return i + 1 == text.Length;
            if (text[i] != '+' && text[i] != '-') return false;
            var sign = text[i] == '-' ? -1 : 1;
            if (!Digits(text, i + 1, 2, out var hours)) return false;
            i += 3;
            if (Char(text, i, ':')) i++;
            if (!Digits(text, i, 2, out var minutes) || i + 2 != text.Length) return false;
            if (minutes > 59 || hours * 60 + minutes > 14 * 60) return false;
            offsetMinutes = sign * (hours * 60 + minutes);
            return true;
        }

        private static bool Char(string text, int index, char expected) => index < text.Length && text[index] == expected;

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            if (start + count > text.Length) return false;
            for (var i = start; i < start + count; i++)
            {
                if (!IsDigit(text[i])) return false;
                value = value * 10 + (text[i] - '0');
            }
            return true;
        }

        private static bool IsInteger(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsDigit(text[i])) continue;
                if (i == 0 && text[i] == '-' && text.Length > 1) continue;
                return false;
            }
            return true;
        }
    }
}
