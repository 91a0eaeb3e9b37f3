namespace OsAccess.Core.Evaluation
{
    /// <summary>Action or NotAction of a statement: <c>service:Name</c> patterns, case-insensitive, with <c>*</c> and <c>?</c>.</summary>
    internal sealed class ActionMatcher
    {
        private readonly WildcardPattern[] _patterns;
        private readonly bool _negated;

        public ActionMatcher(string[] patterns, bool negated)
        {
            _patterns = new WildcardPattern[patterns.Length];
            for (var i = 0; i < patterns.Length; i++) _patterns[i] = WildcardPattern.Compile(patterns[i], wildcards: true, variables: false, ignoreCase: true);
            _negated = negated;
        }

        public bool Matches(string action)
        {
            foreach (var pattern in _patterns)
            {
                if (pattern.IsMatch(action, null)) return !_negated;
            }
            return _negated;
        }
    }
}
