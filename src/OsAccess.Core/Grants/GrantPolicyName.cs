using System;
using System.Globalization;
using System.Security.Cryptography;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// Where a grant's managed policy lives and what it is called: path <c>/osaccess/grants/&lt;user&gt;/</c>, name
    /// <c>OSAccessGrant-&lt;end&gt;-&lt;id&gt;</c> (<c>OSAccessGrant-20261201T170000Z-3f9a1c2e</c>). The user in the path lets one
    /// ListPolicies call find a person's grants; the end in the name lets housekeeping see an expired grant without
    /// reading its document; the id, random, keeps grants made at the same moment apart.
    /// </summary>
    public static class GrantPolicyName
    {
        public const string PathRoot = "/osaccess/grants/";

        public const string Prefix = "OSAccessGrant-";

        private const string EndFormat = "yyyyMMdd'T'HHmmss'Z'";

        public static string PathFor(string userName) => PathRoot + userName + "/";

        public static string Name(DateTimeOffset end, string grantId) =>
            Prefix + end.ToUniversalTime().ToString(EndFormat, CultureInfo.InvariantCulture) + "-" + grantId;

        /// <summary>The ARN of a grant's policy in the hub.</summary>
        public static string Arn(string hubAccountId, string userName, DateTimeOffset end, string grantId) =>
            $"arn:aws:iam::{hubAccountId}:policy{PathFor(userName)}{Name(end, grantId)}";

        /// <summary>Eight random lower-case hex digits.</summary>
        public static string NewGrantId()
        {
            var bytes = new byte[4];
            using (var random = RandomNumberGenerator.Create()) random.GetBytes(bytes);
            return BitConverter.ToString(bytes).Replace("-", string.Empty).ToLowerInvariant();
        }

        /// <summary>True for a name this class made; gives the grant's end and id.</summary>
        public static bool TryParse(string policyName, out DateTimeOffset end, out string grantId)
        {
            end = default;
            grantId = string.Empty;
            var endLength = EndFormat.Length - 4; // the quotes around T and Z
            if (!policyName.StartsWith(Prefix, StringComparison.Ordinal) || policyName.Length < Prefix.Length + endLength + 2) return false;
            var endText = policyName.Substring(Prefix.Length, endLength);
            if (policyName[Prefix.Length + endLength] != '-') return false;
            if (!DateTimeOffset.TryParseExact(endText, EndFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out end)) return false;
            grantId = policyName.Substring(Prefix.Length + endLength + 1);
            return grantId.Length > 0;
        }

        /// <summary>The user a grant policy's path names; null for a path outside <see cref="PathRoot"/>.</summary>
        public static string? UserOf(string path) =>
            path.StartsWith(PathRoot, StringComparison.Ordinal) && path.Length > PathRoot.Length + 1 && path.EndsWith("/", StringComparison.Ordinal)
                && path.IndexOf('/', PathRoot.Length) == path.Length - 1
                ? path.Substring(PathRoot.Length, path.Length - PathRoot.Length - 1)
                : null;
    }
}
