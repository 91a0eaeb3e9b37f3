namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Characters IAM refuses ("IAM and AWS STS quotas", IAM name requirements: "Policy documents can contain only the
    /// following Unicode characters: horizontal tab (U+0009), linefeed (U+000A), carriage return (U+000D), and characters in
    /// the range U+0020 to U+00FF"). A byte order mark at the very start is ignored, as the parser ignores it.
    /// </summary>
    internal static class TextChecks
    {
        public static void Check(ValidationContext context, string text)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    line++;
                    lineStart = i + 1;
                    continue;
                }
                if (c == '\t' || c == '\r' || (c >= '\u0020' && c <= '\u00FF') || (c == '\uFEFF' && i == 0)) continue;
                context.Report(PolicyFindingRules.InvalidCharacter, new SourcePosition(line, i - lineStart + 1),
                    $"The character U+{(int)c:X4} is not allowed in a policy, which may hold only tab, line feed, carriage return and U+0020 to U+00FF: replace or remove it (typographic quotes and dashes are the usual culprits).");
                return;
            }
        }
    }
}
