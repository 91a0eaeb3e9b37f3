using System;

namespace OsAccess.Core.Evaluation
{
    /// <summary>Reads a request or policy value as a number or an instant; false when the text is not one.</summary>
    internal delegate bool ValueReader<T>(string text, out T value);

    /// <summary>
    /// Numeric* and Date* values: compares request ⟨operator⟩ policy for each policy value. A request value that
    /// cannot be read matches nothing.
    /// </summary>
    internal sealed class OrderedConditionValues<T> : IConditionValues where T : IComparable<T>
    {
        private readonly T[] _values;
        private readonly OrderComparison _order;
        private readonly ValueReader<T> _reader;

        private OrderedConditionValues(T[] values, OrderComparison order, ValueReader<T> reader)
        {
            _values = values;
            _order = order;
            _reader = reader;
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

        public bool MatchesAny(string requestValue, RequestContext context)
        {
            if (!_reader(requestValue, out var value)) return false;
            foreach (var policyValue in _values)
            {
                if (Holds(value.CompareTo(policyValue))) return true;
            }
            return false;
        }

        private bool Holds(int comparison) => _order switch
        {
            OrderComparison.Equal => comparison == 0,
            OrderComparison.LessThan => comparison < 0,
            OrderComparison.LessThanOrEqual => comparison <= 0,
            OrderComparison.GreaterThan => comparison > 0,
            _ => comparison >= 0,
        };
    }
}
