using System.Text.RegularExpressions;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Text left for someone to fill in: &lt;ACCOUNT_ID&gt;, account-id, ACCOUNT-ID, template substitutions such as
    /// ${AWS::AccountId} (which IAM would read as a policy variable that does not exist), words in an ARN's account part;
    /// and the account ids AWS's documentation uses in examples.
    /// </summary>
    public static class Placeholders
    {
        /// <summary>Account ids of AWS's documentation examples.</summary>
        public static readonly string[] SampleAccountIds = { "123456789012", "111122223333", "444455556666" };

        private static readonly Regex[] Patterns =
        {
            new Regex(@"<[^<>]+>", RegexOptions.CultureInvariant),
            new Regex(@"\$\{[^}]*::[^}]*\}", RegexOptions.CultureInvariant),
            new Regex(@"\$\{[A-Za-z][A-Za-z0-9_]*\}", RegexOptions.CultureInvariant),
            new Regex(@"(?<![A-Za-z0-9])(your[-_]?)?(aws[-_]?)?account[-_]?(id|number)(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
            new Regex(@"(?<![A-Za-z0-9])(REPLACE[-_]?ME|CHANGE[-_]?ME|TODO|FIXME|TBD)(?![A-Za-z0-9])", RegexOptions.CultureInvariant),
        };

        private static readonly Regex SampleAccount = new Regex(@"(?<![0-9])(" + string.Join("|", SampleAccountIds) + @")(?![0-9])", RegexOptions.CultureInvariant);

        private static readonly Regex WordyAccount = new Regex(@"^[A-Za-z_\-]*[A-Za-z][A-Za-z_\-]*$", RegexOptions.CultureInvariant);

        /// <summary>The placeholder in <paramref name="value"/>, or null when there is none.</summary>
        public static string? Find(string value)
        {
            foreach (var pattern in Patterns)
            {
                var match = pattern.Match(value);
                if (match.Success) return match.Value;
            }
            var account = Aws.Arn.AccountOf(value);
            if (account != null && account != "aws" && WordyAccount.IsMatch(account)) return account;
            return null;
        }

        /// <summary>The documentation account id in <paramref name="value"/>, or null when there is none.</summary>
        public static string? FindSampleAccount(string value)
        {
            var match = SampleAccount.Match(value);
            return match.Success ? match.Value : null;
        }
    }
}
