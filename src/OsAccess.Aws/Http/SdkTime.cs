using System;

namespace OsAccess.Aws.Http
{
    internal static class SdkTime
    {
        /// <summary>An SDK timestamp as UTC; an unspecified kind is taken as UTC, which is what the wire carries.</summary>
        public static DateTimeOffset ToUtc(DateTime value) =>
            value.Kind == DateTimeKind.Local
                ? new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero)
                : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);

        public static DateTimeOffset? ToUtc(DateTime? value) => value.HasValue ? ToUtc(value.Value) : (DateTimeOffset?)null;
    }
}
