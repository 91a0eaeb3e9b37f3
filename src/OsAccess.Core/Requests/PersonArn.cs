using System;

namespace OsAccess.Core.Requests
{
    /// <summary>
    /// Who a caller ARN stands for, to refuse approving one's own request: the account and the person's name, which is the
    /// IAM user's name (its path left out) or an assumed role's session name (the OSAccess trust policy binds the session
    /// name to the user name; so do IAM Identity Center sessions). Names compare without case, as IAM's user names do.
    /// </summary>
    public static class PersonArn
    {
        /// <summary>The account and name, or null for an ARN that is neither a user, an assumed role nor a root.</summary>
        public static (string Account, string Name)? Of(string arn)
        {
            var parts = arn.Split(new[] { ':' }, 6);
            if (parts.Length != 6 || parts[0] != "arn") return null;
            var account = parts[4];
            var resource = parts[5];
            if (parts[2] == "iam" && resource == "root") return (account, "root");
            if (parts[2] == "iam" && resource.StartsWith("user/", StringComparison.Ordinal))
                return (account, resource.Substring(resource.LastIndexOf('/') + 1));
            if (parts[2] == "sts" && resource.StartsWith("assumed-role/", StringComparison.Ordinal))
            {
                var segments = resource.Split('/');
                return segments.Length == 3 ? (account, segments[2]) : ((string, string)?)null;
            }
            return null;
        }

        /// <summary>The name of the person an ARN stands for; the whole ARN when it names none.</summary>
        public static string NameOf(string arn) => Of(arn)?.Name ?? arn;

        /// <summary>True when both ARNs stand for the same person, or are the same ARN.</summary>
        public static bool SamePerson(string first, string second)
        {
            if (string.Equals(first, second, StringComparison.Ordinal)) return true;
            var a = Of(first);
            var b = Of(second);
            return a != null && b != null && a.Value.Account == b.Value.Account
                && string.Equals(a.Value.Name, b.Value.Name, StringComparison.OrdinalIgnoreCase);
        }
    }
}
