using System.Text.RegularExpressions;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The shape of a resource ("IAM JSON policy elements: Resource", "Amazon Resource Names (ARNs)"): "*" alone, or
    /// arn:partition:service:region:account-id:resource, where the wildcards * and ? and policy variables may stand in any
    /// part, region and account may be empty (global services, S3), and the account is 12 digits (or "aws" for AWS managed policies).
    /// </summary>
    public static class ArnFormat
    {
        private const char Variable = '\u0001';
        private static readonly Regex PolicyVariable = new Regex(@"\$\{[^}]*\}", RegexOptions.CultureInvariant);
        private static readonly Regex NamePart = new Regex(@"^[a-z0-9\-*?" + Variable + "]+$", RegexOptions.CultureInvariant);
        private static readonly Regex RegionPart = new Regex(@"^[a-z0-9\-*?" + Variable + "]*$", RegexOptions.CultureInvariant);
        private static readonly Regex AccountPart = new Regex(@"^([0-9]{12}|aws|[0-9*?" + Variable + "]*[*?" + Variable + "][0-9*?" + Variable + "]*|)$", RegexOptions.CultureInvariant);

        /// <summary>Why <paramref name="resource"/> is not "*" or a well-formed ARN, or null when it is.</summary>
        public static string? Problem(string resource)
        {
            if (resource == "*") return null;
            var text = PolicyVariable.Replace(resource, Variable.ToString());
            if (!text.StartsWith("arn:", System.StringComparison.Ordinal))
            {
                return "a resource is \"*\" or an ARN such as \"arn:aws:ec2:*:111111111111:instance/*\"";
            }
            var parts = text.Split(new[] { ':' }, 6);
            if (parts.Length < 6)
            {
                return $"an ARN has six parts, arn:partition:service:region:account-id:resource, and this one has {parts.Length}";
            }
            if (!NamePart.IsMatch(parts[1])) return $"the partition \"{parts[1]}\" should be aws, aws-cn, aws-us-gov or a wildcard";
            if (!NamePart.IsMatch(parts[2])) return $"the service \"{parts[2]}\" should be a lowercase service name such as ec2 or a wildcard";
            if (!RegionPart.IsMatch(parts[3])) return $"the region \"{parts[3]}\" should be a region such as us-east-1, a wildcard or empty";
            if (!AccountPart.IsMatch(parts[4])) return $"the account \"{parts[4]}\" should be 12 digits, a wildcard or empty";
            if (parts[5].Length == 0) return "the resource part after the account is empty: name the resource or use *";
            return null;
        }
    }
}
