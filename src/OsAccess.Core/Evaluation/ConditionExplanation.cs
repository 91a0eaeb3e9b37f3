using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// Says in words why one condition of a statement is not met by a request, with the values it compared:
    /// <c>DateGreaterThan: aws:CurrentTime 2026-12-01T09:00:00Z is not after 2026-12-01T09:00:01Z</c>. Only explanations
    /// use it, never the decision itself.
    /// </summary>
    internal static class ConditionExplanation
    {
        public static string Why(CompiledCondition condition, RequestContext context)
        {
            var op = condition.Operator;
            var key = condition.Key;
            var present = context.TryGetValues(key, out var values);
            string detail;
            if (op.Kind == ConditionOperatorKind.Null)
            {
                detail = present ? $"{key} is present, and the condition asks for it to be absent" : $"the request has no {key}, and the condition asks for it";
            }
            else if (!present)
            {
                detail = $"the request has no {key}";
            }
            else if (op.SetQualifier == ConditionSetQualifier.None && context.IsMultivalued(key))
            {
                detail = $"{key} holds several values ({List(values, op)}), which an operator without ForAnyValue: or ForAllValues: does not match";
            }
            else if (op.SetQualifier == ConditionSetQualifier.ForAnyValue)
            {
                detail = $"no value of {key} ({List(values, op)}) meets {op.BaseName} {PolicyValues(condition)}";
            }
            else
            {
                // One value, or under ForAllValues the first that fails.
                var failing = values.FirstOrDefault(v => !condition.Satisfies(condition.MatchesAny(v, context))) ?? values[0];
                var match = condition.MatchesAny(failing, context);
                detail = match == ValueMatch.Unresolved
                    ? Unresolved(op, key, failing)
                    : $"{key} {Quoted(failing, op)} {Relation(op)} {PolicyValues(condition)}";
                if (op.SetQualifier == ConditionSetQualifier.ForAllValues && values.Length > 1) detail = $"of the values of {key} ({List(values, op)}), {detail}";
            }
            return $"{op.Name}: {detail}";
        }

        // What a failing request value is to the policy's values: "is not after" for DateGreaterThan; for a negated
        // operator, which fails on a match, what it is ("equals" for StringNotEquals).
        private static string Relation(ConditionOperator op)
        {
            var (holds, fails) = Phrases(op);
            return op.Negated ? holds : fails;
        }

        // The relation of the operator without its negation, said positively and negatively.
        private static (string Holds, string Fails) Phrases(ConditionOperator op) => op.Kind switch
        {
            ConditionOperatorKind.Date => op.Order switch
            {
                OrderComparison.GreaterThan => ("is after", "is not after"),
                OrderComparison.GreaterThanOrEqual => ("is at or after", "is before"),
                OrderComparison.LessThan => ("is before", "is not before"),
                OrderComparison.LessThanOrEqual => ("is at or before", "is after"),
                _ => ("is", "is not"),
            },
            ConditionOperatorKind.Numeric => op.Order switch
            {
                OrderComparison.GreaterThan => ("is greater than", "is not greater than"),
                OrderComparison.GreaterThanOrEqual => ("is at least", "is less than"),
                OrderComparison.LessThan => ("is less than", "is not less than"),
                OrderComparison.LessThanOrEqual => ("is at most", "is greater than"),
                _ => ("equals", "does not equal"),
            },
            ConditionOperatorKind.String when op.Wildcards => ("matches", "does not match"),
            ConditionOperatorKind.String when op.IgnoreCase => ("equals, ignoring case,", "does not equal, ignoring case,"),
            ConditionOperatorKind.String => ("equals", "does not equal"),
            ConditionOperatorKind.Arn => ("matches", "does not match"),
            ConditionOperatorKind.IpAddress => ("is in", "is not in"),
            _ => ("is", "is not"),
        };

        private static string Unresolved(ConditionOperator op, string key, string value) => op.Kind switch
        {
            ConditionOperatorKind.Date => $"{key} {Quoted(value, op)} is not a date, so it meets neither {op.BaseName} nor its opposite",
            ConditionOperatorKind.Numeric => $"{key} {Quoted(value, op)} is not a number, so it meets neither {op.BaseName} nor its opposite",
            ConditionOperatorKind.IpAddress => $"{key} {Quoted(value, op)} is not an IP address, so it meets neither {op.BaseName} nor its opposite",
            _ => $"a policy variable in the values compared with {key} {Quoted(value, op)} has no value in this request",
        };

        private static string PolicyValues(CompiledCondition condition)
        {
            var texts = condition.Source.Values.Select(v => Quoted(v.Text, condition.Operator)).ToList();
            if (texts.Count == 1) return texts[0];
            return (condition.Operator.Negated ? "one of " : "any of ") + string.Join(", ", texts);
        }

        private static string List(IEnumerable<string> values, ConditionOperator op) => string.Join(", ", values.Select(v => Quoted(v, op)));

        // Strings and ARNs quoted, so that an empty or spaced value shows; dates, numbers, booleans and addresses as they are.
        private static string Quoted(string value, ConditionOperator op) =>
            op.Kind == ConditionOperatorKind.String || op.Kind == ConditionOperatorKind.Arn || op.Kind == ConditionOperatorKind.Binary ? $"\"{value}\"" : value;
    }
}
