using System;
using System.Text.RegularExpressions;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Whether a value suits its operator ("IAM JSON policy elements: Condition operators"): dates as
    /// <see cref="ConditionDate"/> reads them, numbers as integers or decimals, Bool and Null "true" or "false", IP addresses in CIDR notation (RFC 4632),
    /// binary values base-64 encoded. Values that hold a policy variable are checked when the request is evaluated, not here.
    /// </summary>
    public static class ConditionValueFormat
    {
        private static readonly Regex Number = new Regex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant);
        private static readonly Regex Base64 = new Regex(@"^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", RegexOptions.CultureInvariant);

        /// <summary>Why <paramref name="value"/> cannot be compared by an operator of <paramref name="kind"/>, or null when it can.</summary>
        public static string? Problem(ConditionOperatorKind kind, string value)
        {
            if (value.Contains("${")) return null;
            switch (kind)
            {
                case ConditionOperatorKind.Numeric:
                    return Number.IsMatch(value) ? null : "numeric operators compare numbers such as 10 or 2.5";
                case ConditionOperatorKind.Date:
                    return ConditionDate.TryRead(value, out _) ? null : "date operators compare ISO 8601 dates in the W3C form such as 2020-04-01T00:00:00Z, or epoch seconds";
                case ConditionOperatorKind.Boolean:
                case ConditionOperatorKind.Null:
                    return IsBoolean(value) ? null : "this operator compares \"true\" or \"false\"";
                case ConditionOperatorKind.IpAddress:
                    return IpAddressRange.TryParse(value, out _) ? null : "IP address operators compare addresses or CIDR ranges such as 203.0.113.0/24 or 2001:db8::/32";
                case ConditionOperatorKind.Binary:
                    return value.Length > 0 && Base64.IsMatch(value) ? null : "BinaryEquals compares base-64 encoded values";
                default:
                    return null;
            }
        }

        /// <summary>True for an ISO 8601 date-time that names no time zone: IAM's reading of it may not be the author's.</summary>
        public static bool IsDateTimeWithoutZone(string value) => ConditionDate.IsDateTimeWithoutZone(value);

        private static bool IsBoolean(string value) =>
            string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
    }
}
