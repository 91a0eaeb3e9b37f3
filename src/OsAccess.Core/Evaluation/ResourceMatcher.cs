namespace OsAccess.Core.Evaluation
{
    /// <summary>Resource or NotResource of a statement: ARN patterns matched part by part, with policy variables.</summary>
    internal sealed class ResourceMatcher
    {
        private readonly ArnPattern[] _patterns;
        private readonly bool _negated;

        public ResourceMatcher(string[] patterns, bool negated, bool variables)
        {
            _patterns = new ArnPattern[patterns.Length];
            for (var i = 0; i < patterns.Length; i++) _patterns[i] = ArnPattern.Compile(patterns[i], variables);
            _negated = negated;
        }

        /// <summary>For statements without Resource/NotResource (trust policies, where the resource is the role itself).</summary>
        public static readonly ResourceMatcher Any = new ResourceMatcher(new[] { "*" }, negated: false, variables: false);

        public bool Matches(string resource, RequestContext context)
        {
            foreach (var pattern in _patterns)
            {
                if (pattern.IsMatch(resource, context)) return !_negated;
            }
            return _negated;
        }
    }
}
