using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Values that were never filled in (<see cref="Placeholders"/>), and policy variables in a policy whose Version does not
    /// support them ("IAM policy elements: Variables and tags": variables need Version 2012-10-17, else they are plain text).
    /// </summary>
    internal static class PlaceholderChecks
    {
        public static void Check(ValidationContext context, int index, PolicyStatement statement)
        {
            foreach (var (element, value) in Values(statement))
            {
                var placeholder = Placeholders.Find(value.Text);
                if (placeholder != null)
                {
                    context.Report(PolicyFindingRules.Placeholder, value.Position,
                        $"{element} \"{value.Text}\" still holds the placeholder \"{placeholder}\": put the real value there (an account is 12 digits, or * for any account).", index, statement);
                    continue;
                }
                var sample = Placeholders.FindSampleAccount(value.Text);
                if (sample != null)
                {
                    context.Report(PolicyFindingRules.SampleAccountId, value.Position,
                        $"{element} \"{value.Text}\" names account {sample}, which AWS's documentation uses in examples: put your own account id there.", index, statement);
                    continue;
                }
                if (!context.HasCurrentVersion && value.Text.Contains("${") && element != "Action" && element != "NotAction")
                {
                    context.Report(PolicyFindingRules.PolicyVariableWithoutVersion, value.Position,
                        $"{element} \"{value.Text}\" uses a policy variable, which IAM reads as plain text unless the policy says \"Version\": \"{PolicyDocument.CurrentVersion}\": add or correct Version.", index, statement);
                }
            }
        }

        private static IEnumerable<(string Element, ConditionValue Value)> Values(PolicyStatement statement)
        {
            foreach (var item in Texts("Action", statement.Action)) yield return item;
            foreach (var item in Texts("NotAction", statement.NotAction)) yield return item;
            foreach (var item in Texts("Resource", statement.Resource)) yield return item;
            foreach (var item in Texts("NotResource", statement.NotResource)) yield return item;
            foreach (var item in Principals("Principal", statement.Principal)) yield return item;
            foreach (var item in Principals("NotPrincipal", statement.NotPrincipal)) yield return item;
            foreach (var condition in statement.Conditions)
            {
                foreach (var value in condition.Values) yield return ($"Condition value of \"{condition.Key.Value}\"", value);
            }
        }

        private static IEnumerable<(string, ConditionValue)> Principals(string element, PolicyPrincipal? principal)
        {
            if (principal == null) yield break;
            foreach (var entry in principal.Entries)
            {
                foreach (var item in Texts($"{element} {entry.Type.Value}", entry.Values)) yield return item;
            }
        }

        private static IEnumerable<(string, ConditionValue)> Texts(string element, IReadOnlyList<PolicyText>? values)
        {
            if (values == null) yield break;
            foreach (var value in values) yield return (element, new ConditionValue(value.Value, ConditionValueKind.String, value.Position));
        }
    }
}
