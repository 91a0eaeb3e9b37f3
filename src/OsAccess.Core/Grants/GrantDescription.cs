using System;
using System.Globalization;
using OsAccess.Core.Aws;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// The record a grant keeps in its managed policy's description, set by CreatePolicy and never changed (IAM's
    /// descriptions are immutable), and returned by GetAccountAuthorizationDetails with the policy:
    /// <code>
    /// OsAccess grant
    /// GrantedBy: arn:aws:iam::111111111111:user/admin
    /// GrantedAt: 2026-12-01T08:55:00Z
    /// Reason: CHG-1234 patching
    /// </code>
    /// The reason goes through <see cref="TagText"/>, the one way OsAccess writes free text into IAM, so any text reads
    /// back exactly; a description holds at most <see cref="MaxLength"/> characters (CreatePolicy, IAM API Reference).
    /// </summary>
    public static class GrantDescription
    {
        public const int MaxLength = 1000;

        private const string Header = "OsAccess grant";
        private const string ByLabel = "GrantedBy: ";
        private const string AtLabel = "GrantedAt: ";
        private const string ReasonLabel = "Reason: ";

        /// <exception cref="ArgumentException">The reason does not fit (ParamName <c>Reason</c>).</exception>
        public static string Format(string grantedBy, DateTimeOffset grantedAt, string? reason)
        {
            var head = Header + "\n" + ByLabel + grantedBy + "\n" + AtLabel + AccessWindow.Format(grantedAt);
            if (reason == null) return head;
            if (reason.Length == 0) throw new ArgumentException("The reason is empty: give a ticket or a justification, or use -NoReason.", "Reason");
            var room = MaxLength - head.Length - 1 - ReasonLabel.Length;
            var encoded = Encode(reason);
            if (encoded.Length > room)
            {
                var fit = 0;
                while (fit < reason.Length && Encode(reason.Substring(0, fit + 1)).Length <= room) fit++;
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The reason takes {0} characters as IAM stores it, and the grant's policy description has room for {1}: only its first {2} " +
                    "characters would fit (characters other than ASCII letters, digits and _ . : / + - @ take 3 to 6 each). Give a shorter reason, " +
                    "such as a ticket number.", encoded.Length, room, fit), "Reason");
            }
            return head + "\n" + ReasonLabel + encoded;
        }

        /// <summary>Reads a description <see cref="Format"/> wrote; false for any other text.</summary>
        public static bool TryParse(string? description, out string grantedBy, out DateTimeOffset grantedAt, out string? reason)
        {
            grantedBy = string.Empty;
            grantedAt = default;
            reason = null;
            if (description == null) return false;
            var lines = description.Split('\n');
            if (lines.Length < 3 || lines.Length > 4 || lines[0] != Header) return false;
            if (!lines[1].StartsWith(ByLabel, StringComparison.Ordinal) || !lines[2].StartsWith(AtLabel, StringComparison.Ordinal)) return false;
            grantedBy = lines[1].Substring(ByLabel.Length);
            if (!DateTimeOffset.TryParseExact(lines[2].Substring(AtLabel.Length), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out grantedAt)) return false;
            if (lines.Length == 4)
            {
                if (!lines[3].StartsWith(ReasonLabel, StringComparison.Ordinal)) return false;
                try
                {
                    reason = TagText.Decode(lines[3].Substring(ReasonLabel.Length));
                }
                catch (FormatException)
                {
                    return false;
                }
            }
            return true;
        }

        private static string Encode(string reason) => TagText.Encode(reason);
    }
}
