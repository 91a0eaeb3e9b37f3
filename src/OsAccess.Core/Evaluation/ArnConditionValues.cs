namespace OsAccess.Core.Evaluation
{
    /// <summary>ArnEquals/ArnLike values: both match each ARN part separately and accept <c>*</c> and <c>?</c>.</summary>
    internal sealed class ArnConditionValues : IConditionValues
    {
        private readonly ArnPattern[] _patterns;

        public ArnConditionValues(string[] values, bool variables)
        {
            _patterns = new ArnPattern[values.Length];
            for (var i = 0; i < values.Length; i++) _patterns[i] = ArnPattern.Compile(values[i], variables);
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
