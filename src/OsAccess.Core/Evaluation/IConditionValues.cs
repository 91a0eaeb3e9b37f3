namespace OsAccess.Core.Evaluation
{
    /// <summary>The compiled values of one condition key: tells whether a request value matches any of them.</summary>
    internal interface IConditionValues
    {
        /// <summary>
        /// <see cref="ValueMatch.Match"/> when <paramref name="requestValue"/> matches at least one policy value
        /// (before any negation); otherwise <see cref="ValueMatch.Unresolved"/> when some value's variable could not
        /// be resolved, else <see cref="ValueMatch.NoMatch"/>.
        /// </summary>
        ValueMatch MatchesAny(string requestValue, RequestContext context);
    }
}
