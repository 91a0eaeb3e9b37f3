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
        private readonly string element;
        private readonly string notElement;
        private readonly PolicyFindingRule both;
        private readonly PolicyFindingRule missing;
        private readonly PolicyFindingRule malformed;
        private readonly Func<string, string?> problem;

        public ElementPairChecks(string element, PolicyFindingRule both, PolicyFindingRule missing, PolicyFindingRule malformed, Func<string, string?> problem)
        {
            this.element = element;
            notElement = "Not" + element;
            this.both = both;
            this.missing = missing;
            this.malformed = malformed;
            this.problem = problem;
        }

        /// <param name="missingMessage">What to say when the statement has neither element.</param>
        public void Check(ValidationContext context, int index, PolicyStatement statement,
            IReadOnlyList<PolicyText>? values, IReadOnlyList<PolicyText>? notValues, string missingMessage)
        {
            if (values != null && notValues != null)
            {
                context.Report(both, statement.PositionOf(notElement),
                    $"The statement has both {element} and {notElement}: keep one of them.", index, statement);
            }
            else if (IsEmpty(values) && IsEmpty(notValues))
            {
                var element = values != null ? this.element : notValues != null ? notElement : null;
                if (element == null) context.Report(missing, statement.Position, missingMessage, index, statement);
                else context.Report(missing, statement.PositionOf(element), $"The statement's {element} is empty: list at least one value.", index, statement);
            }
            CheckEach(context, index, statement, values, element);
            CheckEach(context, index, statement, notValues, notElement);
        }

        private static bool IsEmpty(IReadOnlyList<PolicyText>? values) => values == null || values.Count == 0;

        private void CheckEach(ValidationContext context, int index, PolicyStatement statement, IReadOnlyList<PolicyText>? values, string element)
        {
            if (values == null) return;
            foreach (var value in values)
            {
                var problem = this.problem(value.Value);
                if (problem == null || Placeholders.Find(value.Value) != null) continue;
                context.Report(malformed, value.Position, $"{element} \"{value.Value}\" is malformed: {problem}.", index, statement);
            }
        }
    }
}
