using System.Text.RegularExpressions;
using CsCheck;
using OsAccess.Core.Evaluation;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>The glob matcher agrees with a regular expression built from the same pattern.</summary>
    public class WildcardPatternTests
    {
        private static readonly Gen<string> Text = Gen.String[Gen.Char["ab/:"], 0, 8];
        private static readonly Gen<string> Pattern = Gen.String[Gen.Char["ab/:*?"], 0, 6];

        private static bool ByRegex(string pattern, string text) =>
            Regex.IsMatch(text, "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.Singleline);

        [Fact]
        public void AgreesWithRegularExpressions() =>
            Gen.Select(Pattern, Text).Sample((pattern, text) =>
                WildcardPattern.Compile(pattern, wildcards: true, variables: false, ignoreCase: false).IsMatch(text, null) == ByRegex(pattern, text));

        [Theory]
        [InlineData("a*b*c", "aXXbYYc", true)]
        [InlineData("a*b*c", "aXXbYY", false)]
        [InlineData("*a", "bbba", true)]
        [InlineData("**", "", true)]
        [InlineData("?", "", false)]
        public void Examples(string pattern, string text, bool expected) =>
            Assert.Equal(expected, WildcardPattern.Compile(pattern, wildcards: true, variables: false, ignoreCase: false).IsMatch(text, null));
    }
}
