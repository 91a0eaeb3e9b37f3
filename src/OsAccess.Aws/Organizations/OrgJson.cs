using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace OsAccess.Aws.Organizations
{
    /// <summary>Reading of JSON 1.1 answers: absent members are null, timestamps are epoch seconds.</summary>
    internal static class OrgJson
    {
        public static JsonElement? Member(JsonElement? parent, string name) =>
            parent.HasValue && parent.Value.ValueKind == JsonValueKind.Object && parent.Value.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? value
                : (JsonElement?)null;

        public static string? Text(JsonElement? parent, string name) => Member(parent, name)?.ToString();

        public static string Required(JsonElement? parent, string name) => Text(parent, name) ?? string.Empty;

        public static bool Bool(JsonElement? parent, string name) => Member(parent, name)?.ValueKind == JsonValueKind.True;

        public static DateTimeOffset? Time(JsonElement? parent, string name)
        {
            var value = Member(parent, name);
            if (value?.ValueKind == JsonValueKind.Number)
            {
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value.Value.GetDouble() * 1000));
            }

            return value?.ValueKind == JsonValueKind.String
                ? DateTimeOffset.Parse(value.Value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
                : (DateTimeOffset?)null;
        }

        public static IReadOnlyList<T> List<T>(JsonElement? parent, string name, Func<JsonElement, T> read)
        {
            var value = Member(parent, name);
            return value?.ValueKind == JsonValueKind.Array ? value.Value.EnumerateArray().Select(read).ToList() : new List<T>();
        }
    }
}
