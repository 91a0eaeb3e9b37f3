using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Counts a policy's characters the way AWS does for its type (see <see cref="PolicySizeLimits"/>): IAM leaves out
    /// white space (space, tab, line feed, carriage return) wherever it stands; Organizations and STS count every character.
    /// </summary>
    public static class PolicySizeCounter
    {
        public static int Count(string text, PolicyType type) => Count(text, PolicySizeLimits.For(type).CountsWhitespace);

        public static int Count(string text, bool countsWhitespace)
        {
            if (countsWhitespace) return text.Length;
            var count = 0;
            foreach (var c in text)
            {
                if (!IsWhiteSpace(c)) count++;
            }
            return count;
        }

        /// <summary>The size of a policy's text as written, and of its canonical minified form when it parses.</summary>
        public static PolicySize Measure(string text, PolicyType type) =>
            Measure(text, PolicyParser.TryParse(text, out var document, out _) ? document : null, type);

        /// <summary>The size of a policy's text as written, and of <paramref name="document"/> (the text, parsed; null when it does not parse) minified.</summary>
        public static PolicySize Measure(string text, PolicyDocument? document, PolicyType type)
        {
            var limit = PolicySizeLimits.For(type);
            int? minified = document == null ? null : CountMinified(document, limit);
            return new PolicySize(limit, Count(text, limit.CountsWhitespace), minified);
        }

        /// <summary>The size of a document as OsAccess would send it: the canonical minified form.</summary>
        public static PolicySize Measure(PolicyDocument document, PolicyType type)
        {
            var limit = PolicySizeLimits.For(type);
            var size = CountMinified(document, limit);
            return new PolicySize(limit, size, size);
        }

        /// <summary>
        /// The size of several inline policies of one user, group or role together, which is what IAM holds against the
        /// aggregate quota of <see cref="PolicyType.UserInline"/>, <see cref="PolicyType.GroupInline"/> and <see cref="PolicyType.RoleInline"/>.
        /// </summary>
        public static PolicySize MeasureAggregate(IEnumerable<string> texts, PolicyType type)
        {
            var limit = PolicySizeLimits.For(type);
            var written = 0;
            int? minified = 0;
            foreach (var text in texts)
            {
                var one = Measure(text, type);
                written += one.Written;
                minified = minified + one.Minified;
            }
            return new PolicySize(limit, written, minified);
        }

        private static int CountMinified(PolicyDocument document, PolicySizeLimit limit) =>
            Count(PolicyJsonWriter.Write(document, PolicyJsonStyle.Minified), limit.CountsWhitespace);

        private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
