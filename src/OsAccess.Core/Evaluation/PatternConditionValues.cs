namespace OsAccess.Core.Evaluation
{
    /// <summary>A compiled policy value that a request value (or resource ARN) is matched against.</summary>
    internal interface IValuePattern
    {
        /// <summary>Whether the text matches, or <see cref="ValueMatch.Unresolved"/> when a variable cannot be resolved.</summary>
        ValueMatch Match(string text, RequestContext? context);
    }

    /// <summary>
    /// Policy values compared as patterns: the String operators (StringEquals case-sensitive, StringEqualsIgnoreCase,
    /// StringLike with <c>*</c> and <c>?</c>), the Arn operators (ArnEquals and ArnLike alike, part by part) and the
    /// Resource/NotResource element. Policy variables are resolved per request.
    /// </summary>
    internal sealed class PatternConditionValues : IConditionValues
    {
        private readonly IValuePattern[] patterns;

        private PatternConditionValues(IValuePattern[] patterns) => this.patterns = patterns;

        public static PatternConditionValues Strings(string[] values, bool wildcards, bool ignoreCase, bool variables)
        {
            var patterns = new IValuePattern[values.Length];
            for (var i = 0; i < values.Length; i++) patterns[i] = WildcardPattern.Compile(values[i], wildcards, variables, ignoreCase);
            return new PatternConditionValues(patterns);
        }

        public static PatternConditionValues Arns(string[] values, bool variables)
        {
            var patterns = new IValuePattern[values.Length];
            for (var i = 0; i < values.Length; i++) patterns[i] = ArnPattern.Compile(values[i], variables);
            return new PatternConditionValues(patterns);
        }

        public ValueMatch MatchesAny(string requestValue, RequestContext context)
        {
            var result = ValueMatch.NoMatch;
            foreach (var pattern in patterns)
            {
                var match = pattern.Match(requestValue, context);
                if (match == ValueMatch.Match) return ValueMatch.Match;
                if (match == ValueMatch.Unresolved) result = ValueMatch.Unresolved;
            }
            return result;
        }
    }
}
