using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using OsAccess.Core.Evaluation.Simulation;
using OsAccess.Core.Policy;
using static OsAccess.PowerShell.Common.PSObjectValue;

namespace OsAccess.PowerShell.Policy
{
    /// <summary>Turns the loosely typed shapes PowerShell users pass (hashtables, PSObjects, arrays) into simulation inputs.</summary>
    internal static class PowerShellInput
    {
        public static IReadOnlyList<ScpLevelInput> ScpLevels(object[]? items)
        {
            const string Shape = "give one level as policy JSON texts, or every level, root first, as @{ Target = 'r-ab12'; Policy = @($json) }.";
            if (items == null) throw new PolicyInputException("ServiceControlPolicy", $"got null; {Shape}");
            var levels = new List<ScpLevelInput>();
            var loose = new List<string>();
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (Unwrap(item) == null) throw new PolicyInputException("ServiceControlPolicy", $"value {i + 1} of {items.Length} is null; {Shape}");
                if (Unwrap(item) is string json)
                {
                    loose.Add(json);
                    continue;
                }
                var target = Property(item, "Target");
                var policy = Property(item, "Policy");
                if (target == null || policy == null)
                {
                    throw new PolicyInputException($"ServiceControlPolicy level {i + 1}", "each level needs Target (root, OU or account id) and Policy (one or more SCP JSON texts), e.g. @{ Target = 'r-ab12'; Policy = @($json) }.");
                }
                levels.Add(new ScpLevelInput(Text(target), PolicyTexts(policy)));
            }
            if (loose.Count > 0 && levels.Count > 0) throw new PolicyInputException("ServiceControlPolicy", "mix of plain JSON strings and levels: give either one level as strings, or every level as @{ Target = …; Policy = … }.");
            if (loose.Count > 0) levels.Add(new ScpLevelInput("root", loose));
            return levels;
        }

        /// <summary>A built document as its MinifiedJson, each one in an array likewise; any other value unchanged.</summary>
        public static object? PolicyText(object? value)
        {
            switch (Unwrap(value))
            {
                case BuiltPolicyDocument built: return built.MinifiedJson;
                case object[] items:
                    var texts = new object?[items.Length];
                    for (var i = 0; i < items.Length; i++) texts[i] = PolicyText(items[i]);
                    return texts;
                default: return value;
            }
        }

        public static IReadOnlyList<ContextEntry> ContextEntries(object? input)
        {
            var entries = new List<ContextEntry>();
            var value = Unwrap(input);
            if (value == null) return entries;
            if (value is IDictionary table)
            {
                foreach (DictionaryEntry pair in table) entries.Add(new ContextEntry(Text(pair.Key), Texts(pair.Value)));
                return entries;
            }
            foreach (var item in value is IEnumerable list && !(value is string) ? Items(list) : new[] { input! })
            {
                var name = Property(item, "ContextKeyName");
                if (name == null) throw new PolicyInputException("ContextEntry", "give a hashtable of key = value(s), or objects with ContextKeyName, ContextKeyValues and ContextKeyType.");
                var type = Property(item, "ContextKeyType");
                entries.Add(new ContextEntry(Text(name), Texts(Property(item, "ContextKeyValues")), type == null ? null : Text(type)));
            }
            return entries;
        }

        private static IEnumerable<object> Items(IEnumerable list)
        {
            foreach (var item in list)
            {
                if (item != null) yield return item;
            }
        }

        private static object? Property(object? item, string name)
        {
            if (Unwrap(item) is IDictionary table)
            {
                foreach (DictionaryEntry pair in table)
                {
                    if (string.Equals(Text(pair.Key), name, StringComparison.OrdinalIgnoreCase)) return pair.Value;
                }
                return null;
            }
            var property = PSObject.AsPSObject(item).Properties[name];
            return property?.Value;
        }

        // A level's policies: a null among them stays null, for the simulator to name.
        private static IReadOnlyList<string> PolicyTexts(object? value)
        {
            var unwrapped = Unwrap(value);
            if (unwrapped is string || !(unwrapped is IEnumerable list)) return new[] { Text(unwrapped) };
            var texts = new List<string>();
            foreach (var item in list) texts.Add(Unwrap(item) == null ? null! : Text(item));
            return texts;
        }

        private static IReadOnlyList<string> Texts(object? value)
        {
            var unwrapped = Unwrap(value);
            if (unwrapped == null) return Array.Empty<string>();
            if (unwrapped is string || !(unwrapped is IEnumerable list)) return new[] { Text(unwrapped) };
            var texts = new List<string>();
            foreach (var item in list) texts.Add(Text(item));
            return texts;
        }

        private static string Text(object? value)
        {
            switch (Unwrap(value))
            {
                case null: return string.Empty;
                case string text: return text;
                case BuiltPolicyDocument built: return built.MinifiedJson;
                case bool flag: return flag ? "true" : "false";
                case DateTime time: return (time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                case DateTimeOffset instant: return instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                case IFormattable formattable: return formattable.ToString(null, CultureInfo.InvariantCulture);
                case var other: return other.ToString() ?? string.Empty;
            }
        }
    }
}
