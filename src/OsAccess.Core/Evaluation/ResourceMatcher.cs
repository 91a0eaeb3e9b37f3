namespace OsAccess.Core.Evaluation
{
    /// <summary>Resource or NotResource of a statement: ARN patterns matched part by part, with policy variables.</summary>
    internal sealed class ResourceMatcher
    {
        private readonly PatternConditionValues patterns;
        private readonly bool negated;

        public ResourceMatcher(string[] patterns, bool negated, bool variables)
        {
            this.patterns = PatternConditionValues.Arns(patterns, variables);
            this.negated = negated;
        }

        /// <summary>For statements without Resource/NotResource (trust policies, where the resource is the role itself).</summary>
        public static readonly ResourceMatcher Any = new ResourceMatcher(new[] { "*" }, negated: false, variables: false);

        /// <summary>
        /// Whether the statement's resource element covers the resource. A NotResource entry whose variable cannot be
        /// resolved makes the statement not apply, as an unresolvable variable may invalidate the whole statement
        /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value).
        /// </summary>
        public bool Matches(string resource, RequestContext context)
        {
            var match = patterns.MatchesAny(resource, context);
            return negated ? match == ValueMatch.NoMatch : match == ValueMatch.Match;
        }
    }
}
