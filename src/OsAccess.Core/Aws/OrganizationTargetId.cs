using System;
using System.Text.RegularExpressions;

namespace OsAccess.Core.Aws
{
    /// <summary>What an Organizations target id names: a root, an OU or an account.</summary>
    public enum OrganizationTargetKind
    {
        Root,
        OrganizationalUnit,
        Account,
    }

    /// <summary>
    /// The ids AWS Organizations gives roots (<c>r-</c> and 4-32 lowercase letters or digits), OUs (<c>ou-</c>, the root's
    /// 4-32, <c>-</c>, 8-32 more) and accounts (12 digits), as the API reference's patterns describe them.
    /// </summary>
    public static class OrganizationTargetId
    {
        private static readonly Regex Root = new Regex("^r-[0-9a-z]{4,32}$", RegexOptions.CultureInvariant);
        private static readonly Regex Unit = new Regex("^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$", RegexOptions.CultureInvariant);

        /// <summary>The kind of target, or throws an ArgumentException that says what each kind of id looks like.</summary>
        public static OrganizationTargetKind Require(string? value, string parameterName)
        {
            if (value != null && Root.IsMatch(value)) return OrganizationTargetKind.Root;
            if (value != null && Unit.IsMatch(value)) return OrganizationTargetKind.OrganizationalUnit;
            if (AccountId.IsValid(value)) return OrganizationTargetKind.Account;
            throw new ArgumentException(
                $"'{value}' is not a root, OU or account id: use r-xxxx for a root, ou-xxxx-xxxxxxxx for an OU or the 12 digits of an account (Get-ORGRoot, Get-ORGOrganizationalUnit and Get-ORGAccount show them as Id).",
                parameterName);
        }
    }
}
