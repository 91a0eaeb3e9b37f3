using System;
using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// A condition operator read into its parts: an optional set qualifier (ForAllValues: or ForAnyValue:), a base operator,
    /// and an optional IfExists suffix, which every operator but Null takes ("IAM JSON policy elements: Condition operators").
    /// Operator names are matched exactly, as IAM does.
    /// </summary>
    public sealed class ConditionOperator
    {
        public const string ForAllValues = "ForAllValues:";
        public const string ForAnyValue = "ForAnyValue:";
        private const string IfExistsSuffix = "IfExists";

        private static readonly Dictionary<string, ConditionOperatorKind> BaseOperators = new Dictionary<string, ConditionOperatorKind>(StringComparer.Ordinal)
        {
            ["StringEquals"] = ConditionOperatorKind.String,
            ["StringNotEquals"] = ConditionOperatorKind.String,
            ["StringEqualsIgnoreCase"] = ConditionOperatorKind.String,
            ["StringNotEqualsIgnoreCase"] = ConditionOperatorKind.String,
            ["StringLike"] = ConditionOperatorKind.String,
            ["StringNotLike"] = ConditionOperatorKind.String,
            ["NumericEquals"] = ConditionOperatorKind.Numeric,
            ["NumericNotEquals"] = ConditionOperatorKind.Numeric,
            ["NumericLessThan"] = ConditionOperatorKind.Numeric,
            ["NumericLessThanEquals"] = ConditionOperatorKind.Numeric,
            ["NumericGreaterThan"] = ConditionOperatorKind.Numeric,
            ["NumericGreaterThanEquals"] = ConditionOperatorKind.Numeric,
            ["DateEquals"] = ConditionOperatorKind.Date,
            ["DateNotEquals"] = ConditionOperatorKind.Date,
            ["DateLessThan"] = ConditionOperatorKind.Date,
            ["DateLessThanEquals"] = ConditionOperatorKind.Date,
            ["DateGreaterThan"] = ConditionOperatorKind.Date,
            ["DateGreaterThanEquals"] = ConditionOperatorKind.Date,
            ["Bool"] = ConditionOperatorKind.Boolean,
            ["BinaryEquals"] = ConditionOperatorKind.Binary,
            ["IpAddress"] = ConditionOperatorKind.IpAddress,
            ["NotIpAddress"] = ConditionOperatorKind.IpAddress,
            ["ArnEquals"] = ConditionOperatorKind.Arn,
            ["ArnLike"] = ConditionOperatorKind.Arn,
            ["ArnNotEquals"] = ConditionOperatorKind.Arn,
            ["ArnNotLike"] = ConditionOperatorKind.Arn,
            ["Null"] = ConditionOperatorKind.Null,
        };

        private ConditionOperator(string name, string? qualifier, string baseName, bool ifExists, ConditionOperatorKind kind)
        {
            Name = name;
            SetQualifier = qualifier;
            BaseName = baseName;
            IfExists = ifExists;
            Kind = kind;
        }

        /// <summary>Every base operator, e.g. StringEquals, DateLessThan, Null.</summary>
        public static IEnumerable<string> BaseOperatorNames => BaseOperators.Keys;

        /// <summary>The operator as written.</summary>
        public string Name { get; }

        /// <summary>"ForAllValues:", "ForAnyValue:" or null.</summary>
        public string? SetQualifier { get; }

        /// <summary>The operator without qualifier and suffix, e.g. StringEquals.</summary>
        public string BaseName { get; }

        public bool IfExists { get; }

        public ConditionOperatorKind Kind { get; }

        public static bool TryParse(string name, out ConditionOperator? result)
        {
            result = null;
            var rest = name;
            string? qualifier = null;
            foreach (var candidate in new[] { ForAllValues, ForAnyValue })
            {
                if (!rest.StartsWith(candidate, StringComparison.Ordinal)) continue;
                qualifier = candidate;
                rest = rest.Substring(candidate.Length);
                break;
            }
            var ifExists = rest.EndsWith(IfExistsSuffix, StringComparison.Ordinal) && rest.Length > IfExistsSuffix.Length;
            if (ifExists) rest = rest.Substring(0, rest.Length - IfExistsSuffix.Length);
            if (!BaseOperators.TryGetValue(rest, out var kind)) return false;
            if (ifExists && kind == ConditionOperatorKind.Null) return false;
            result = new ConditionOperator(name, qualifier, rest, ifExists, kind);
            return true;
        }

        /// <summary>For an unknown operator, the known one it was probably meant to be, or null.</summary>
        public static string? Suggest(string name)
        {
            if (name.EndsWith("NullIfExists", StringComparison.Ordinal)) return name.Substring(0, name.Length - IfExistsSuffix.Length);
            foreach (var qualifier in new[] { string.Empty, ForAllValues, ForAnyValue })
            {
                foreach (var suffix in new[] { string.Empty, IfExistsSuffix })
                {
                    foreach (var baseName in BaseOperators.Keys)
                    {
                        var candidate = qualifier + baseName + suffix;
                        if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) && TryParse(candidate, out _)) return candidate;
                    }
                }
            }
            return null;
        }
    }
}
