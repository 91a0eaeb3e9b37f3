using System;
using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// What Action/NotAction and Resource/NotResource have in common: a statement takes exactly one of the pair, it is not
    /// empty, and each value has the right shape. Values holding a placeholder are left to <see cref="PlaceholderChecks"/>.
    /// </summary>
    internal sealed class ElementPairChecks
    {
        private readonly string _element;
        private readonly string _notElement;
        private readonly PolicyFindingRule _both;
        private readonly PolicyFindingRule _missing;
        private readonly PolicyFindingRule _malformed;
        private readonly Func<string, string?> _problem;

        public ElementPairChecks(string element, PolicyFindingRule both, PolicyFindingRule missing, PolicyFindingRule malformed, Func<string, string?> problem)
        {
            _element = element;
            _notElement = "Not" + element;
            _both = both;
            _missing = missing;
            _malformed = malformed;
            _problem = problem;
        }

        /// <param name="missingMessage">What to say when the statement has neither element.</param>
        public void Check(ValidationContext context, int index, PolicyStatement statement,
            IReadOnlyList<PolicyText>? values, IReadOnlyList<PolicyText>? notValues, string missingMessage)
        {
            if (values != null && notValues != null)
            {
                context.Report(_both, statement.PositionOf(_notElement),
                    $"The statement has both {_element} and {_notElement}: keep one of them.", index, statement);
            }
            else if (IsEmpty(values) && IsEmpty(notValues))
            {
                var element = values != null ? _element : notValues != null ? _notElement : null;
                if (element == null) context.Report(_missing, statement.Position, missingMessage, index, statement);
                else context.Report(_missing, statement.PositionOf(element), $"The statement's {element} is empty: list at least one value.", index, statement);
            }
            CheckEach(context, index, statement, values, _element);
            CheckEach(context, index, statement, notValues, _notElement);
        }

        private static bool IsEmpty(IReadOnlyList<PolicyText>? values) => values == null || values.Count == 0;

        private void CheckEach(ValidationContext context, int index, PolicyStatement statement, IReadOnlyList<PolicyText>? values, string element)
        {
            if (values == null) return;
            foreach (var value in values)
            {
                var problem = _problem(value.Value);
                if (problem == null || Placeholders.Find(value.Value) != null) continue;
                context.Report(_malformed, value.Position, $"{element} \"{value.Value}\" is malformed: {problem}.", index, statement);
            }
        }
    }
}
