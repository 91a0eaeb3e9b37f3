using System;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>Reads a request or policy value as a number or an instant; false when the text is not one.</summary>
    internal delegate bool ValueReader<T>(string text, out T value);

    /// <summary>
    /// Numeric* and Date* values: compares request ⟨operator⟩ policy for each policy value. A request value that
    /// cannot be read satisfies neither the operator nor its negation.
    /// </summary>
    internal sealed class OrderedConditionValues<T> : IConditionValues where T : IComparable<T>
    {
        private readonly T[] values;
        private readonly OrderComparison order;
        private readonly ValueReader<T> reader;

        private OrderedConditionValues(T[] values, OrderComparison order, ValueReader<T> reader)
        {
            this.values = values;
            this.order = order;
            this.reader = reader;
        }

        /// <summary>Reads every policy value; on failure gives the index of the first unreadable one.</summary>
        public static bool TryCreate(string[] texts, OrderComparison order, ValueReader<T> reader, out OrderedConditionValues<T>? values, out int badIndex)
        {
            var read = new T[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                if (!reader(texts[i], out read[i]))
                {
                    values = null;
                    badIndex = i;
                    return false;
                }
            }
            values = new OrderedConditionValues<T>(read, order, reader);
            badIndex = -1;
            return true;
        }

        public ValueMatch MatchesAny(string requestValue, RequestContext context)
        {
            // A request value that is not a number (or date) cannot be compared: it satisfies no operator, negated or not.
            if (!reader(requestValue, out var value)) return ValueMatch.Unresolved;
            foreach (var policyValue in values)
            {
                if (Holds(value.CompareTo(policyValue))) return ValueMatch.Match;
            }
            return ValueMatch.NoMatch;
        }

        private bool Holds(int comparison) => order switch
        {
            OrderComparison.Equal => comparison == 0,
            OrderComparison.LessThan => comparison < 0,
            OrderComparison.LessThanOrEqual => comparison <= 0,
            OrderComparison.GreaterThan => comparison > 0,
            _ => comparison >= 0,
        };
    }
}
