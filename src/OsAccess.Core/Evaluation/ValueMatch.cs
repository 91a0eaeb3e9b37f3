namespace OsAccess.Core.Evaluation
{
    /// <summary>How a request value compares with policy values.</summary>
    internal enum ValueMatch
    {
        /// <summary>No policy value matches, and every policy value could be compared.</summary>
        NoMatch,

        /// <summary>Some policy value matches.</summary>
        Match,

        /// <summary>
        /// No value matches and some policy value has a variable the request cannot resolve. Such a value satisfies
        /// neither a positive nor a negated operator: AWS says an unresolvable variable may make the whole statement
        /// invalid (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value).
        /// </summary>
        Unresolved,
    }
}
