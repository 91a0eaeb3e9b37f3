using System.Collections.Generic;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// An ARN pattern for Resource/NotResource and the Arn condition operators: each of the six colon-separated
    /// parts (arn:partition:service:region:account:resource) is matched on its own, so a wildcard never crosses
    /// the colons between the first five parts; within the resource part it may span '/' and ':'.
    /// A pattern that does not start with <c>arn:</c> (such as <c>*</c>) is matched against the whole text; one that
    /// starts with <c>arn:</c> but has fewer than six parts is not a valid ARN and matches nothing.
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
    /// </summary>
    internal sealed class ArnPattern : IValuePattern
    {
        private const int PartCount = 6;
        private readonly WildcardPattern[]? parts;
        private readonly WildcardPattern whole;

        private readonly bool malformed;

        private ArnPattern(string source, WildcardPattern whole, WildcardPattern[]? parts, bool malformed)
        {
            this.malformed = malformed;
            Source = source;
            this.whole = whole;
            this.parts = parts;
        }

        public string Source { get; }

        public static ArnPattern Compile(string text, bool variables)
        {
            var whole = WildcardPattern.Compile(text, wildcards: true, variables, ignoreCase: false);
            var pieces = SplitPattern(text);
            if (pieces == null) return new ArnPattern(text, whole, null, text.StartsWith("arn:", System.StringComparison.Ordinal));
            var parts = new WildcardPattern[PartCount];
            for (var i = 0; i < PartCount; i++) parts[i] = WildcardPattern.Compile(pieces[i], wildcards: true, variables, ignoreCase: false);
            return new ArnPattern(text, whole, parts, false);
        }

        /// <summary>Whether the ARN matches, or <see cref="ValueMatch.Unresolved"/> when a variable cannot be resolved.</summary>
        public ValueMatch Match(string arn, RequestContext? context)
        {
            if (malformed) return ValueMatch.NoMatch;
            if (parts == null || whole.MatchesEverything) return whole.Match(arn, context);
            var unresolved = false;
            var start = 0;
            for (var part = 0; part < PartCount; part++)
            {
                int end;
                if (part == PartCount - 1)
                {
                    end = arn.Length;
                }
                else
                {
                    end = arn.IndexOf(':', start);
                    if (end < 0) return ValueMatch.NoMatch;
                }
                var match = parts[part].Match(arn, start, end, context);
                if (match == ValueMatch.NoMatch) return ValueMatch.NoMatch;
                if (match == ValueMatch.Unresolved) unresolved = true;
                start = end + 1;
            }
            return unresolved ? ValueMatch.Unresolved : ValueMatch.Match;
        }

        // Splits at the first five colons that are not inside a ${…} variable; null when there are fewer.
        private static string[]? SplitPattern(string text)
        {
            var pieces = new List<string>(PartCount);
            var start = 0;
            var depth = 0;
            for (var i = 0; i < text.Length && pieces.Count < PartCount - 1; i++)
            {
                var c = text[i];
                if (c == '$' && i + 1 < text.Length && text[i + 1] == '{') depth++;
                else if (c == '}' && depth > 0) depth--;
                else if (c == ':' && depth == 0)
                {
                    pieces.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }
            if (pieces.Count < PartCount - 1) return null;
            pieces.Add(text.Substring(start));
            return pieces.ToArray();
        }

        public override string ToString() => Source;
    }
}
