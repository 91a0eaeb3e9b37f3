using System;
using System.Collections.Generic;
using OsAccess.Core.Text;

namespace OsAccess.Core.Policy
{
    /// <summary>The families of IAM condition operators ("IAM JSON policy elements: Condition operators").</summary>
    public enum ConditionOperatorKind { String, Numeric, Date, Boolean, Binary, IpAddress, Arn, Null }

    /// <summary>How a Numeric or Date operator orders the request's value against the policy's; Equal for every other operator.</summary>
    public enum OrderComparison { Equal, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual }

    /// <summary>The set operator before a condition operator ("Set operators for multivalued context keys").</summary>
    public enum ConditionSetQualifier { None, ForAllValues, ForAnyValue }

    /// <summary>
    /// A condition operator read into its parts: an optional set qualifier (ForAllValues: or ForAnyValue:), a base operator,
    /// and an optional IfExists suffix, which every operator but Null takes ("IAM JSON policy elements: Condition operators").
    /// The base operator gives the family, the order a Numeric or Date operator compares in, whether it is negated
    /// (StringNotEquals, NotIpAddress, …), and for strings whether case is ignored and wildcards count.
    /// Names are matched exactly, as IAM does: it refuses a policy that writes "stringEquals" (MalformedPolicyDocument,
    /// "Invalid Condition type"). Read once per policy, when it is validated or compiled, never per request.
    /// </summary>
    public sealed class ConditionOperator
    {
        public const string ForAllValuesPrefix = "ForAllValues:";
        public const string ForAnyValuePrefix = "ForAnyValue:";
        private const string IfExistsSuffix = "IfExists";

        private static readonly Dictionary<string, ConditionOperator> BaseOperators = new Dictionary<string, ConditionOperator>(StringComparer.Ordinal);

        static ConditionOperator()
        {
            Add("StringEquals", ConditionOperatorKind.String);
            Add("StringNotEquals", ConditionOperatorKind.String, negated: true);
            Add("StringEqualsIgnoreCase", ConditionOperatorKind.String, ignoreCase: true);
            Add("StringNotEqualsIgnoreCase", ConditionOperatorKind.String, negated: true, ignoreCase: true);
            Add("StringLike", ConditionOperatorKind.String, wildcards: true);
            Add("StringNotLike", ConditionOperatorKind.String, negated: true, wildcards: true);
            AddOrdered("Numeric", ConditionOperatorKind.Numeric);
            AddOrdered("Date", ConditionOperatorKind.Date);
            Add("Bool", ConditionOperatorKind.Boolean);
            Add("BinaryEquals", ConditionOperatorKind.Binary);
            Add("IpAddress", ConditionOperatorKind.IpAddress);
            Add("NotIpAddress", ConditionOperatorKind.IpAddress, negated: true);
            // ArnEquals and ArnLike are the same operator: both take wildcards in each part of the ARN.
            Add("ArnEquals", ConditionOperatorKind.Arn, wildcards: true);
            Add("ArnLike", ConditionOperatorKind.Arn, wildcards: true);
            Add("ArnNotEquals", ConditionOperatorKind.Arn, negated: true, wildcards: true);
            Add("ArnNotLike", ConditionOperatorKind.Arn, negated: true, wildcards: true);
            Add("Null", ConditionOperatorKind.Null);
        }

        private ConditionOperator(string name, ConditionSetQualifier setQualifier, string baseName, bool ifExists, ConditionOperatorKind kind,
            OrderComparison order, bool negated, bool ignoreCase, bool wildcards)
        {
            Name = name;
            SetQualifier = setQualifier;
            BaseName = baseName;
            IfExists = ifExists;
            Kind = kind;
            Order = order;
            Negated = negated;
            IgnoreCase = ignoreCase;
            Wildcards = wildcards;
        }

        /// <summary>Every base operator, e.g. StringEquals, DateLessThan, Null.</summary>
        public static IEnumerable<string> BaseOperatorNames => BaseOperators.Keys;

        /// <summary>The operator as written.</summary>
        public string Name { get; }

        public ConditionSetQualifier SetQualifier { get; }

        /// <summary>The operator without qualifier and suffix, e.g. StringEquals.</summary>
        public string BaseName { get; }

        public bool IfExists { get; }

        public ConditionOperatorKind Kind { get; }

        /// <summary>For Numeric and Date operators, how the request's value must stand to the policy's; Equal otherwise.</summary>
        public OrderComparison Order { get; }

        /// <summary>True for StringNotEquals, NumericNotEquals, NotIpAddress, ArnNotLike and the like: true when no value matches.</summary>
        public bool Negated { get; }

        /// <summary>True for StringEqualsIgnoreCase and StringNotEqualsIgnoreCase.</summary>
        public bool IgnoreCase { get; }

        /// <summary>True when * and ? in the policy's values are wildcards: StringLike, StringNotLike and the Arn operators.</summary>
        public bool Wildcards { get; }

        public static bool TryParse(string name, out ConditionOperator? result)
        {
            result = null;
            var rest = name;
            var qualifier = ConditionSetQualifier.None;
            if (rest.StartsWith(ForAllValuesPrefix, StringComparison.Ordinal))
            {
                qualifier = ConditionSetQualifier.ForAllValues;
                rest = rest.Substring(ForAllValuesPrefix.Length);
            }
            else if (rest.StartsWith(ForAnyValuePrefix, StringComparison.Ordinal))
            {
                qualifier = ConditionSetQualifier.ForAnyValue;
                rest = rest.Substring(ForAnyValuePrefix.Length);
            }
            var ifExists = rest.EndsWith(IfExistsSuffix, StringComparison.Ordinal) && rest.Length > IfExistsSuffix.Length;
            if (ifExists) rest = rest.Substring(0, rest.Length - IfExistsSuffix.Length);
            if (!BaseOperators.TryGetValue(rest, out var found)) return false;
            if (ifExists && found.Kind == ConditionOperatorKind.Null) return false;
            result = new ConditionOperator(name, qualifier, found.BaseName, ifExists, found.Kind, found.Order, found.Negated, found.IgnoreCase, found.Wildcards);
            return true;
        }

        /// <summary>
        /// For an unknown operator, the known one it was probably meant to be: the same name in the right letter case, or
        /// the nearest by spelling (StringEqualz → StringEquals); null when none is near.
        /// </summary>
        public static string? Suggest(string name)
        {
            if (name.EndsWith("NullIfExists", StringComparison.Ordinal)) return name.Substring(0, name.Length - IfExistsSuffix.Length);
            return EditDistance.Nearest(name, AllNames());
        }

        /// <summary>Every operator name IAM accepts: each base operator with or without a set qualifier and IfExists.</summary>
        private static IEnumerable<string> AllNames()
        {
            foreach (var qualifier in new[] { string.Empty, ForAllValuesPrefix, ForAnyValuePrefix })
            {
                foreach (var suffix in new[] { string.Empty, IfExistsSuffix })
                {
                    foreach (var op in BaseOperators.Values)
                    {
                        if (suffix.Length > 0 && op.Kind == ConditionOperatorKind.Null) continue;
                        yield return qualifier + op.BaseName + suffix;
                    }
                }
            }
        }

        public override string ToString() => Name;

        private static void Add(string name, ConditionOperatorKind kind, OrderComparison order = OrderComparison.Equal,
            bool negated = false, bool ignoreCase = false, bool wildcards = false) =>
            BaseOperators.Add(name, new ConditionOperator(name, ConditionSetQualifier.None, name, false, kind, order, negated, ignoreCase, wildcards));

        private static void AddOrdered(string family, ConditionOperatorKind kind)
        {
            Add(family + "Equals", kind);
            Add(family + "NotEquals", kind, negated: true);
            Add(family + "LessThan", kind, OrderComparison.LessThan);
            Add(family + "LessThanEquals", kind, OrderComparison.LessThanOrEqual);
            Add(family + "GreaterThan", kind, OrderComparison.GreaterThan);
            Add(family + "GreaterThanEquals", kind, OrderComparison.GreaterThanOrEqual);
        }
    }
}
