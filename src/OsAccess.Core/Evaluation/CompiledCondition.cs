using System;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// One operator–key pair of a Condition block, compiled. The policy's values are ORed; a negated operator is
    /// true when no value matches. Without a set qualifier a missing key makes a positive operator false and a
    /// negated one true; <c>…IfExists</c> makes a missing key true; <c>ForAllValues</c> is true for a missing or
    /// empty key, <c>ForAnyValue</c> false (with or without IfExists); <c>Null</c> tests presence. A multivalued key
    /// compared without a set qualifier does not match.
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
    /// and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
    /// </summary>
    internal sealed class CompiledCondition
    {
        private static readonly ValueReader<long> ReadDate = ConditionDate.TryRead;

        private readonly IConditionValues? values;
        private readonly bool nullTestsAbsent;
        private readonly bool nullTestsPresent;

        private CompiledCondition(PolicyCondition source, ConditionOperator op, IConditionValues? values, bool nullTestsAbsent, bool nullTestsPresent)
        {
            Source = source;
            Key = source.Key.Value;
            Operator = op;
            this.values = values;
            this.nullTestsAbsent = nullTestsAbsent;
            this.nullTestsPresent = nullTestsPresent;
        }

        public PolicyCondition Source { get; }

        public string Key { get; }

        public ConditionOperator Operator { get; }

        public static CompiledCondition Compile(PolicyCondition condition, bool variables)
        {
            if (!ConditionOperator.TryParse(condition.Operator.Value, out var op))
            {
                // IAM refuses a policy whose operator is misspelt, wrongly cased included, so such a policy is never evaluated.
                var suggestion = ConditionOperator.Suggest(condition.Operator.Value);
                throw new PolicyParseException(
                    $"\"{condition.Operator.Value}\" is not a condition operator{(suggestion == null ? "" : $": did you mean \"{suggestion}\"?")}.", condition.Operator.Position);
            }
            if (op!.Kind == ConditionOperatorKind.Null && op.SetQualifier != ConditionSetQualifier.None)
            {
                throw new PolicyParseException($"\"{op.Name}\": Null tests whether the key is present and takes no set qualifier.", condition.Operator.Position);
            }
            var texts = new string[condition.Values.Count];
            for (var i = 0; i < texts.Length; i++) texts[i] = condition.Values[i].Text;
            switch (op.Kind)
            {
                case ConditionOperatorKind.Null:
                    var absent = false;
                    var present = false;
                    for (var i = 0; i < texts.Length; i++)
                    {
                        if (string.Equals(texts[i], "true", StringComparison.OrdinalIgnoreCase)) absent = true;
                        else if (string.Equals(texts[i], "false", StringComparison.OrdinalIgnoreCase)) present = true;
                        else throw Bad(condition, i, "Null takes \"true\" (the key is absent) or \"false\" (the key is present)");
                    }
                    return new CompiledCondition(condition, op, null, absent, present);
                case ConditionOperatorKind.String:
                    return new CompiledCondition(condition, op, PatternConditionValues.Strings(texts, op.Wildcards, op.IgnoreCase, variables), false, false);
                case ConditionOperatorKind.Arn:
                    return new CompiledCondition(condition, op, PatternConditionValues.Arns(texts, variables), false, false);
                case ConditionOperatorKind.Boolean:
                    return new CompiledCondition(condition, op, new EqualityConditionValues(texts, StringComparison.OrdinalIgnoreCase), false, false);
                case ConditionOperatorKind.Binary:
                    return new CompiledCondition(condition, op, new EqualityConditionValues(texts, StringComparison.Ordinal), false, false);
                case ConditionOperatorKind.Numeric:
                    if (!OrderedConditionValues<double>.TryCreate(texts, op.Order, NumberReader.Read, out var numbers, out var badNumber)) throw Bad(condition, badNumber, $"{op.Name} needs numbers");
                    return new CompiledCondition(condition, op, numbers, false, false);
                case ConditionOperatorKind.Date:
                    if (!OrderedConditionValues<long>.TryCreate(texts, op.Order, ReadDate, out var dates, out var badDate)) throw Bad(condition, badDate, $"{op.Name} needs ISO 8601 dates such as 2020-06-30T23:59:59Z, or epoch seconds");
                    return new CompiledCondition(condition, op, dates, false, false);
                default:
                    if (!IpAddressConditionValues.TryCreate(texts, out var ranges, out var badRange)) throw Bad(condition, badRange, $"{op.Name} needs IPv4 or IPv6 addresses or CIDR blocks");
                    return new CompiledCondition(condition, op, ranges, false, false);
            }
        }

        /// <summary>Whether the request satisfies this pair. Records a missing key in <paramref name="trace"/> when one is given.</summary>
        public bool IsSatisfied(RequestContext context, EvaluationTrace? trace)
        {
            var present = context.TryGetValues(Key, out var requestValues);
            if (Operator.Kind == ConditionOperatorKind.Null) return present ? nullTestsPresent : nullTestsAbsent;
            if (!present)
            {
                trace?.AddMissingKey(Key);
                switch (Operator.SetQualifier)
                {
                    case ConditionSetQualifier.ForAllValues: return true;
                    // ForAnyValue over nothing is false, IfExists or not (re:Post "ForAnyValue:StringEqualsIfExists behaving unexpectedly").
                    case ConditionSetQualifier.ForAnyValue: return false;
                    default: return Operator.IfExists || Operator.Negated;
                }
            }
            var values = this.values!;
            switch (Operator.SetQualifier)
            {
                case ConditionSetQualifier.ForAllValues:
                    foreach (var value in requestValues)
                    {
                        if (!Satisfies(values.MatchesAny(value, context))) return false;
                    }
                    return true;
                case ConditionSetQualifier.ForAnyValue:
                    foreach (var value in requestValues)
                    {
                        if (Satisfies(values.MatchesAny(value, context))) return true;
                    }
                    return false;
                default:
                    // A multivalued key needs a set qualifier: without one the condition does not match.
                    if (context.IsMultivalued(Key)) return false;
                    return Satisfies(values.MatchesAny(requestValues[0], context));
            }
        }

        /// <summary>How one request value compares with the policy's values (before negation); for explanations.</summary>
        internal ValueMatch MatchesAny(string requestValue, RequestContext context) => values!.MatchesAny(requestValue, context);

        // A value with an unresolvable variable satisfies neither a positive nor a negated operator.
        internal bool Satisfies(ValueMatch match) => Operator.Negated ? match == ValueMatch.NoMatch : match == ValueMatch.Match;

        private static PolicyParseException Bad(PolicyCondition condition, int index, string what) =>
            new PolicyParseException(
                $"\"{condition.Values[index].Text}\" is not a valid value for \"{condition.Key.Value}\": {what}.",
                condition.Values[index].Position.IsKnown ? condition.Values[index].Position : condition.Key.Position);
    }
}
