using System;

namespace OsAccess.Core.Evaluation
{
    /// <summary>Bool and BinaryEquals values: whole-value equality (Bool ignores case; BinaryEquals compares base64 text exactly).</summary>
    internal sealed class EqualityConditionValues : IConditionValues
    {
        private readonly string[] values;
        private readonly StringComparison comparison;

        public EqualityConditionValues(string[] values, StringComparison comparison)
        {
            this.values = values;
            this.comparison = comparison;
        }

        public ValueMatch MatchesAny(string requestValue, RequestContext context)
        {
            foreach (var value in values)
            {
                if (string.Equals(requestValue, value, comparison)) return ValueMatch.Match;
            }
            return ValueMatch.NoMatch;
        }
    }
}
