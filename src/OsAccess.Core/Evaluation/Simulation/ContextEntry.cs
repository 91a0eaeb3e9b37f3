using System;
using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>
    /// A context key and its values as a caller supplies them, like AWS.Tools' <c>ContextEntry</c>
    /// (<c>ContextKeyName</c>, <c>ContextKeyValues</c>, <c>ContextKeyType</c>). The type is optional; when given,
    /// every value must read as that type.
    /// </summary>
    public sealed class ContextEntry
    {
        private static readonly string[] KnownTypes =
        {
            "string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList",
        };

        public ContextEntry(string key, IReadOnlyList<string> values, string? type = null)
        {
            Key = key;
            Values = values;
            Type = type;
        }

        public string Key { get; }

        public IReadOnlyList<string> Values { get; }

        /// <summary>AWS's ContextKeyType (string, numeric, boolean, ip, binary, date, and their …List forms); null when not given.</summary>
        public string? Type { get; }

        /// <summary>True for the …List types: the key is multivalued even with one value.</summary>
        public bool IsList => Type != null && Type.EndsWith("List", StringComparison.OrdinalIgnoreCase);

        /// <summary>Throws <see cref="PolicyInputException"/> naming the key when a value does not read as the declared type.</summary>
        public void Check()
        {
            if (string.IsNullOrWhiteSpace(Key)) throw new PolicyInputException("ContextEntry", "a context entry has no key name.");
            if (Type == null) return;
            var index = Array.FindIndex(KnownTypes, t => string.Equals(t, Type, StringComparison.OrdinalIgnoreCase));
            if (index < 0) throw new PolicyInputException($"ContextEntry '{Key}'", $"\"{Type}\" is not a ContextKeyType; use one of {string.Join(", ", KnownTypes)}.");
            var baseType = KnownTypes[index].Replace("List", string.Empty);
            if (!KnownTypes[index].EndsWith("List", StringComparison.Ordinal) && Values.Count > 1)
            {
                throw new PolicyInputException($"ContextEntry '{Key}'", $"type {Type} takes one value, not {Values.Count}; use {baseType}List for several.");
            }
            foreach (var value in Values)
            {
                if (!Reads(baseType, value)) throw new PolicyInputException($"ContextEntry '{Key}'", $"\"{value}\" is not a valid {baseType} value.");
            }
        }

        private static bool Reads(string baseType, string value) => baseType switch
        {
            "numeric" => NumberReader.TryRead(value, out _),
            "date" => ConditionDate.TryRead(value, out _),
            "boolean" => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase),
            "ip" => IpAddressRange.TryParse(value, out _),
            "binary" => IsBase64(value),
            _ => true,
        };

        private static bool IsBase64(string value)
        {
            try
            {
                Convert.FromBase64String(value);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
