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
        public ElementPairChecks(string element, PolicyFindingRule both, PolicyFindingRule missing, PolicyFindingRule malformed, Func<string, string?> problem)
        {
            Element = element;
            Both = both;
            Missing = missing;
            Malformed = malformed;
            Problem = problem;
        }

        public string Element { get; }

        public PolicyFindingRule Both { get; }

        public PolicyFindingRule Missing { get; }

        public PolicyFindingRule Malformed { get; }

        public Func<string, string?> Problem { get; }

        private string NotElement => "Not" + Element;

        /// <param name="missingMessage">What to say when the statement has neither element.</param>
        public void Check(ValidationContext context, int index, PolicyStatement statement,
            IReadOnlyList<PolicyText>? values, IReadOnlyList<PolicyText>? notValues, string missingMessage)
        {
            if (values != null && notValues != null)
            {
                context.Report(Both, statement.PositionOf(NotElement),
                    $"The statement has both {Element} and {NotElement}: keep one of them.", index, statement);
            }
            else if (IsEmpty(values) && IsEmpty(notValues))
            {
                var element = values != null ? Element : notValues != null ? NotElement : null;
                if (element == null) context.Report(Missing, statement.Position, missingMessage, index, statement);
                else context.Report(Missing, statement.PositionOf(element), $"The statement's {element} is empty: list at least one value.", index, statement);
            }
            CheckEach(context, index, statement, values, Element);
            CheckEach(context, index, statement, notValues, NotElement);
        }

        private static bool IsEmpty(IReadOnlyList<PolicyText>? values) => values == null || values.Count == 0;

        private void CheckEach(ValidationContext context, int index, PolicyStatement statement, IReadOnlyList<PolicyText>? values, string element)
        {
            if (values == null) return;
            foreach (var value in values)
            {
                var problem = Problem(value.Value);
                if (problem == null || Placeholders.Find(value.Value) != null) continue;
                context.Report(Malformed, value.Position, $"{element} \"{value.Value}\" is malformed: {problem}.", index, statement);
            }
        }
    }
}
