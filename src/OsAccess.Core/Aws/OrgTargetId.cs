using System;
using System.Text.RegularExpressions;

namespace OsAccess.Core.Aws
{
    /// <summary>
    /// What a policy of AWS Organizations attaches to: a root (<c>r-ab12</c>), an OU (<c>ou-ab12-cdef3456</c>) or an
    /// account (12 digits), in the shape AttachPolicy's <c>TargetId</c> takes.
    /// </summary>
    public static class OrgTargetId
    {
        private static readonly Regex Shape = new Regex("^(r-[0-9a-z]{4,32}|[0-9]{12}|ou-[0-9a-z]{4,32}-[0-9a-z]{8,32})$", RegexOptions.CultureInvariant);

        public static bool IsValid(string? value) => value != null && Shape.IsMatch(value);

        /// <summary>What a valid target id names, by its prefix.</summary>
        public static OrgTargetKind KindOf(string validId) =>
            validId.StartsWith("r-", StringComparison.Ordinal) ? OrgTargetKind.Root
            : validId.StartsWith("ou-", StringComparison.Ordinal) ? OrgTargetKind.OrganizationalUnit
            : OrgTargetKind.Account;

        /// <summary>Returns the id, or throws an ArgumentException that says what each kind of target id looks like.</summary>
        public static string Require(string? value, string parameterName)
        {
            if (IsValid(value)) return value!;
            throw new ArgumentException(
                $"'{value}' is not a root, OU or account id: a root is r- and 4 to 32 lowercase letters or digits (r-ab12), " +
                "an OU is ou-, its root's part, a dash and 8 to 32 more (ou-ab12-cdef3456), an account is its 12 digits (012345678901).",
                parameterName);
        }
    }
}
