using System;
using System.Globalization;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// The open interval (Start, End) during which a grant lets someone assume the OSAccess role, in UTC.
    /// IAM's DateGreaterThan/DateLessThan are strict, so access is denied at exactly Start and exactly End.
    /// IAM dates have whole seconds: Start is rounded up and End down, so a window never grants more than was asked.
    /// </summary>
    public readonly struct AccessWindow : IEquatable<AccessWindow>
    {
        private AccessWindow(DateTimeOffset start, DateTimeOffset end)
        {
            Start = start;
            End = end;
        }

        public DateTimeOffset Start { get; }

        public DateTimeOffset End { get; }

        public TimeSpan Duration => End - Start;

        /// <summary>The instant as IAM's condition value: <c>2020-04-01T00:00:00Z</c>.</summary>
        public string StartText => Format(Start);

        public string EndText => Format(End);

        /// <param name="endInputName">What the caller calls the input that sets the end, named by the error when the window is empty.</param>
        public static AccessWindow Create(DateTimeOffset start, DateTimeOffset end, string endInputName = "end")
        {
            var utcStart = CeilingToSecond(start.ToUniversalTime());
            var utcEnd = FloorToSecond(end.ToUniversalTime());
            if (utcEnd <= utcStart)
            {
                throw new ArgumentException(
                    $"The access window ends ({Format(utcEnd)}) before it starts ({Format(utcStart)}): give an end later than the start, by at least one whole second.",
                    endInputName);
            }
            return new AccessWindow(utcStart, utcEnd);
        }

        public static AccessWindow Starting(DateTimeOffset start, TimeSpan duration) => Create(start, start + duration);

        /// <summary>True when IAM would let the grant work at this instant (strictly inside the window).</summary>
        public bool Contains(DateTimeOffset instant) => instant > Start && instant < End;

        public static string Format(DateTimeOffset instant) =>
            instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public bool Equals(AccessWindow other) => Start == other.Start && End == other.End;

        public override bool Equals(object? obj) => obj is AccessWindow other && Equals(other);

        public override int GetHashCode() => Start.GetHashCode() * 31 + End.GetHashCode();

        public override string ToString() => $"{StartText} – {EndText}";

        private static DateTimeOffset FloorToSecond(DateTimeOffset value) =>
            new DateTimeOffset(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

        private static DateTimeOffset CeilingToSecond(DateTimeOffset value)
        {
            var floor = FloorToSecond(value);
            return floor == value ? floor : floor.AddSeconds(1);
        }
    }
}
