using System;

namespace OsAccess.Core.Evaluation
{
    /// <summary>Bool and BinaryEquals values: whole-value equality (Bool ignores case; BinaryEquals compares base64 text exactly).</summary>
    internal sealed class EqualityConditionValues : IConditionValues
    {
        private readonly string[] _values;
        private readonly StringComparison _comparison;

        public EqualityConditionValues(string[] values, StringComparison comparison)
        {
            _values = values;
            _comparison = comparison;
        }

        public ValueMatch MatchesAny(string requestValue, RequestContext context)
        {
            foreach (var value in _values)
            {
                if (string.Equals(requestValue, value, _comparison)) return ValueMatch.Match;
            }
            return ValueMatch.NoMatch;
        }
    }
}
