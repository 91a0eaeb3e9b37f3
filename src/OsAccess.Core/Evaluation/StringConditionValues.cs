namespace OsAccess.Core.Evaluation
{
    /// <summary>StringEquals (case-sensitive), StringEqualsIgnoreCase and StringLike (<c>*</c>, <c>?</c>) values, with policy variables.</summary>
    internal sealed class StringConditionValues : IConditionValues
    {
        private readonly WildcardPattern[] _patterns;

        public StringConditionValues(string[] values, bool wildcards, bool ignoreCase, bool variables)
        {
            _patterns = new WildcardPattern[values.Length];
            for (var i = 0; i < values.Length; i++) _patterns[i] = WildcardPattern.Compile(values[i], wildcards, variables, ignoreCase);
        }

        public ValueMatch MatchesAny(string requestValue, RequestContext context)
        {
            var result = ValueMatch.NoMatch;
            foreach (var pattern in _patterns)
            {
                var match = pattern.Match(requestValue, context);
                if (match == ValueMatch.Match) return ValueMatch.Match;
                if (match == ValueMatch.Unresolved) result = ValueMatch.Unresolved;
            }
            return result;
        }
    }
}
