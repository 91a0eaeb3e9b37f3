using System.Collections.Generic;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// One operator–key pair of a statement's Condition block, e.g. <c>"DateLessThan": {"aws:CurrentTime": "…"}</c>.
    /// Pairs of one statement are ANDed; the values of one pair are ORed (for negated operators, NORed).
    /// </summary>
    public sealed class PolicyCondition
    {
        public PolicyCondition(PolicyText @operator, PolicyText key, IReadOnlyList<ConditionValue> values)
        {
            Operator = @operator;
            Key = key;
            Values = values;
        }

        public PolicyText Operator { get; }

        public PolicyText Key { get; }

        public IReadOnlyList<ConditionValue> Values { get; }
    }
}
