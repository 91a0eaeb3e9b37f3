using System;

namespace OsAccess.Core.Evaluation
{
    internal enum ConditionFamily { String, StringIgnoreCase, StringLike, Numeric, Date, Bool, Binary, IpAddress, Arn, Null }

    internal enum OrderComparison { Equal, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual }

    internal enum SetQualifier { None, ForAllValues, ForAnyValue }

    /// <summary>
    /// A condition operator read from its name: the family, whether it is negated (StringNotEquals, NotIpAddress, …),
    /// the <c>IfExists</c> suffix and the <c>ForAllValues:</c>/<c>ForAnyValue:</c> set qualifier.
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
    /// </summary>
    internal sealed class ConditionOperator
    {
        private ConditionOperator(string name, ConditionFamily family, OrderComparison order, bool negated, bool ifExists, SetQualifier set)
        {
            Name = name;
            Family = family;
            Order = order;
            Negated = negated;
            IfExists = ifExists;
            Set = set;
        }

        public string Name { get; }

        public ConditionFamily Family { get; }

        public OrderComparison Order { get; }

        public bool Negated { get; }

        public bool IfExists { get; }

        public SetQualifier Set { get; }

        public static bool TryParse(string name, out ConditionOperator? op)
        {
            op = null;
            var rest = name;
            var set = SetQualifier.None;
            if (rest.StartsWith("ForAllValues:", StringComparison.OrdinalIgnoreCase))
            {
                set = SetQualifier.ForAllValues;
                rest = rest.Substring("ForAllValues:".Length);
            }
            else if (rest.StartsWith("ForAnyValue:", StringComparison.OrdinalIgnoreCase))
            {
                set = SetQualifier.ForAnyValue;
                rest = rest.Substring("ForAnyValue:".Length);
            }
            var ifExists = false;
            if (rest.EndsWith("IfExists", StringComparison.OrdinalIgnoreCase) && !rest.Equals("Null", StringComparison.OrdinalIgnoreCase))
            {
                ifExists = true;
                rest = rest.Substring(0, rest.Length - "IfExists".Length);
            }
            if (!TryBase(rest, out var family, out var order, out var negated)) return false;
            if (family == ConditionFamily.Null && (ifExists || set != SetQualifier.None)) return false;
            op = new ConditionOperator(name, family, order, negated, ifExists, set);
            return true;
        }

        private static bool TryBase(string name, out ConditionFamily family, out OrderComparison order, out bool negated)
        {
            order = OrderComparison.Equal;
            negated = false;
            family = ConditionFamily.String;
            switch (name.ToLowerInvariant())
            {
                case "stringequals": return true;
                case "stringnotequals": negated = true; return true;
                case "stringequalsignorecase": family = ConditionFamily.StringIgnoreCase; return true;
                case "stringnotequalsignorecase": family = ConditionFamily.StringIgnoreCase; negated = true; return true;
                case "stringlike": family = ConditionFamily.StringLike; return true;
                case "stringnotlike": family = ConditionFamily.StringLike; negated = true; return true;
                case "numericequals": family = ConditionFamily.Numeric; return true;
                case "numericnotequals": family = ConditionFamily.Numeric; negated = true; return true;
                case "numericlessthan": family = ConditionFamily.Numeric; order = OrderComparison.LessThan; return true;
                case "numericlessthanequals": family = ConditionFamily.Numeric; order = OrderComparison.LessThanOrEqual; return true;
                case "numericgreaterthan": family = ConditionFamily.Numeric; order = OrderComparison.GreaterThan; return true;
                case "numericgreaterthanequals": family = ConditionFamily.Numeric; order = OrderComparison.GreaterThanOrEqual; return true;
                case "dateequals": family = ConditionFamily.Date; return true;
                case "datenotequals": family = ConditionFamily.Date; negated = true; return true;
                case "datelessthan": family = ConditionFamily.Date; order = OrderComparison.LessThan; return true;
                case "datelessthanequals": family = ConditionFamily.Date; order = OrderComparison.LessThanOrEqual; return true;
                case "dategreaterthan": family = ConditionFamily.Date; order = OrderComparison.GreaterThan; return true;
                case "dategreaterthanequals": family = ConditionFamily.Date; order = OrderComparison.GreaterThanOrEqual; return true;
                case "bool": family = ConditionFamily.Bool; return true;
                case "binaryequals": family = ConditionFamily.Binary; return true;
                case "ipaddress": family = ConditionFamily.IpAddress; return true;
                case "notipaddress": family = ConditionFamily.IpAddress; negated = true; return true;
                case "arnequals":
                case "arnlike": family = ConditionFamily.Arn; return true;
                case "arnnotequals":
                case "arnnotlike": family = ConditionFamily.Arn; negated = true; return true;
                case "null": family = ConditionFamily.Null; return true;
                default: return false;
            }
        }

        public override string ToString() => Name;
    }
}
