using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>Action and NotAction: exactly one of them, not empty, each value well-formed (<see cref="ActionFormat"/>).</summary>
    internal static class ActionChecks
    {
        public static void Check(ValidationContext context, int index, PolicyStatement statement)
        {
            if (statement.Action != null && statement.NotAction != null)
            {
                context.Report(PolicyFindingRules.ActionAndNotAction, statement.PositionOf("NotAction"),
                    "The statement has both Action and NotAction: keep one of them.", index, statement);
            }
            else if (IsEmpty(statement.Action) && IsEmpty(statement.NotAction))
            {
                var element = statement.Action != null ? "Action" : statement.NotAction != null ? "NotAction" : null;
                var message = element == null
                    ? "The statement has neither Action nor NotAction: add the actions it is about, e.g. \"Action\": \"ssm:StartSession\"."
                    : $"The statement's {element} is empty: list at least one action.";
                context.Report(PolicyFindingRules.MissingAction, element == null ? statement.Position : statement.PositionOf(element), message, index, statement);
            }
            CheckFormat(context, index, statement, statement.Action, "Action");
            CheckFormat(context, index, statement, statement.NotAction, "NotAction");
        }

        private static bool IsEmpty(IReadOnlyList<PolicyText>? values) => values == null || values.Count == 0;

        private static void CheckFormat(ValidationContext context, int index, PolicyStatement statement, IReadOnlyList<PolicyText>? actions, string element)
        {
            if (actions == null) return;
            foreach (var action in actions)
            {
                var problem = ActionFormat.Problem(action.Value);
                if (problem == null || Placeholders.Find(action.Value) != null) continue;
                context.Report(PolicyFindingRules.InvalidActionFormat, action.Position,
                    $"{element} \"{action.Value}\" is malformed: {problem}.", index, statement);
            }
        }
    }
}
