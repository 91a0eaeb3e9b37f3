namespace OsAccess.Core.Evaluation
{
    /// <summary>Action or NotAction of a statement: <c>service:Name</c> patterns, case-insensitive, with <c>*</c> and <c>?</c>.</summary>
    internal sealed class ActionMatcher
    {
        private readonly WildcardPattern[] patterns;
        private readonly bool negated;

        public ActionMatcher(string[] patterns, bool negated)
        {
            this.patterns = new WildcardPattern[patterns.Length];
            for (var i = 0; i < patterns.Length; i++) this.patterns[i] = WildcardPattern.Compile(patterns[i], wildcards: true, variables: false, ignoreCase: true);
            this.negated = negated;
        }

        public bool Matches(string action)
        {
            foreach (var pattern in patterns)
            {
                if (pattern.IsMatch(action, null)) return !negated;
            }
            return negated;
        }
    }
}
