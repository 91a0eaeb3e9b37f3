using System.Collections.Generic;

namespace OsAccess.Core.Policy
{
    /// <summary>Shorthands for the value lists of statements built in code.</summary>
    public static class StatementLists
    {
        public static IReadOnlyList<PolicyText> Of(params string[] values) => Of((IEnumerable<string>)values);

        public static IReadOnlyList<PolicyText> Of(IEnumerable<string> values)
        {
            var texts = new List<PolicyText>();
            foreach (var value in values) texts.Add(value);
            return texts;
        }

        public static PolicyCondition Condition(string @operator, string key, params string[] values)
        {
            var conditionValues = new ConditionValue[values.Length];
            for (var i = 0; i < values.Length; i++) conditionValues[i] = values[i];
            return new PolicyCondition(@operator, key, conditionValues);
        }
    }
}
