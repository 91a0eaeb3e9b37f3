using System.Linq;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The Condition block: operators IAM knows (<see cref="ConditionOperator"/>), values that suit them
    /// (<see cref="ConditionValueFormat"/>), and ForAllValues in Allow statements, which "also returns true if there are no
    /// context keys in the request" ("Set operators for multivalued context keys"), so an Allow guarded by it also allows
    /// requests that carry no value for the key, unless a Null condition requires the key.
    /// </summary>
    internal static class ConditionChecks
    {
        public static void Check(ValidationContext context, int index, PolicyStatement statement)
        {
            foreach (var condition in statement.Conditions)
            {
                var name = condition.Operator.Value;
                if (!ConditionOperator.TryParse(name, out var op))
                {
                    var suggestion = ConditionOperator.Suggest(name);
                    var fix = suggestion != null
                        ? $"did you mean \"{suggestion}\"?"
                        : "use one of " + string.Join(", ", ConditionOperator.BaseOperatorNames) + ", with IfExists (not on Null) or a ForAllValues:/ForAnyValue: prefix.";
                    context.Report(PolicyFindingRules.UnknownConditionOperator, condition.Operator.Position,
                        $"\"{name}\" is not a condition operator: {fix}", index, statement);
                    continue;
                }
                CheckValues(context, index, statement, condition, op!);
                if (op!.SetQualifier == ConditionSetQualifier.ForAllValues && statement.EffectValue == PolicyEffect.Allow && !KeyRequired(statement, condition.Key.Value))
                {
                    context.Report(PolicyFindingRules.ForAllValuesWithAllow, condition.Operator.Position,
                        $"\"{name}\" on \"{condition.Key.Value}\" is also true when the request has no value for the key, so this Allow applies to such requests too: add \"Null\": {{\"{condition.Key.Value}\": \"false\"}} to the statement, or use ForAnyValue:.", index, statement);
                }
            }
        }

        private static void CheckValues(ValidationContext context, int index, PolicyStatement statement, PolicyCondition condition, ConditionOperator op)
        {
            foreach (var value in condition.Values)
            {
                var problem = ConditionValueFormat.Problem(op.Kind, value.Text);
                if (problem != null)
                {
                    context.Report(PolicyFindingRules.InvalidConditionValue, value.Position,
                        $"\"{value.Text}\" under {op.Name} on \"{condition.Key.Value}\" cannot be compared: {problem}.", index, statement);
                }
                else if (op.Kind == ConditionOperatorKind.Date && ConditionValueFormat.IsDateTimeWithoutZone(value.Text))
                {
                    context.Report(PolicyFindingRules.DateWithoutTimeZone, value.Position,
                        $"\"{value.Text}\" names no time zone: write the instant in UTC with a trailing Z, e.g. \"{value.Text}Z\", so the window is the one meant.", index, statement);
                }
            }
        }

        private static bool KeyRequired(PolicyStatement statement, string key) =>
            statement.Conditions.Any(c => c.Operator.Value == "Null"
                && string.Equals(c.Key.Value, key, System.StringComparison.OrdinalIgnoreCase)
                && c.Values.Count == 1 && string.Equals(c.Values[0].Text, "false", System.StringComparison.OrdinalIgnoreCase));
    }
}
