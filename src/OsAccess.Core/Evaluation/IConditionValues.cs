namespace OsAccess.Core.Evaluation
{
    /// <summary>The compiled values of one condition key: tells whether a request value matches any of them.</summary>
    internal interface IConditionValues
    {
        /// <summary>True when <paramref name="requestValue"/> matches at least one policy value (before any negation).</summary>
        bool MatchesAny(string requestValue, RequestContext context);
    }
}
