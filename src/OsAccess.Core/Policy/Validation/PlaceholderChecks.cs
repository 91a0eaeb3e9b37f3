using System.Collections.Generic;
using System.Linq;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Values that were never filled in (<see cref="Placeholders"/>), and policy variables in a policy whose Version does not
    /// support them ("IAM policy elements: Variables and tags": variables need Version 2012-10-17, else they are plain text).
    /// Account ids from AWS's documentation get one finding per document, at the first, listing every place they stand.
    /// </summary>
    internal static class PlaceholderChecks
    {
        public static void Check(ValidationContext context)
        {
            var samples = new List<SamplePlace>();
            var statements = context.Document.Statements;
            for (var index = 0; index < statements.Count; index++)
            {
                var statement = statements[index];
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
                        samples.Add(new SamplePlace(element, value, sample, index, statement));
                        continue;
                    }
                    if (!context.HasCurrentVersion && value.Text.Contains("${") && element != "Action" && element != "NotAction")
                    {
                        context.Report(PolicyFindingRules.PolicyVariableWithoutVersion, value.Position,
                            $"{element} \"{value.Text}\" uses a policy variable, which IAM reads as plain text unless the policy says \"Version\": \"{PolicyDocument.CurrentVersion}\": add or correct Version.", index, statement);
                    }
                }
            }
            ReportSamples(context, samples);
        }

        private static void ReportSamples(ValidationContext context, IReadOnlyList<SamplePlace> samples)
        {
            if (samples.Count == 0) return;
            var first = samples[0];
            if (samples.Count == 1)
            {
                context.Report(PolicyFindingRules.SampleAccountId, first.Value.Position,
                    $"{first.Element} \"{first.Value.Text}\" names account {first.Account}, which AWS's documentation uses in examples: put your own account id there.", first.Index, first.Statement);
                return;
            }
            var accounts = samples.Select(s => s.Account).Distinct().ToList();
            var places = string.Join("; ", samples.Select(s => s.Describe(accounts.Count > 1)));
            var which = accounts.Count == 1 ? $"Account {accounts[0]}, which AWS's documentation uses in examples, is" : $"Accounts {string.Join(" and ", accounts)}, which AWS's documentation uses in examples, are";
            context.Report(PolicyFindingRules.SampleAccountId, first.Value.Position,
                $"{which} named in {samples.Count} places: {places}. Put your own account id there.", first.Index, first.Statement);
        }

        /// <summary>One value that names a documentation account, and where it stands.</summary>
        private sealed class SamplePlace
        {
            public SamplePlace(string element, ConditionValue value, string account, int index, PolicyStatement statement)
            {
                Element = element;
                Value = value;
                Account = account;
                Index = index;
                Statement = statement;
            }

            public string Element { get; }

            public ConditionValue Value { get; }

            public string Account { get; }

            public int Index { get; }

            public PolicyStatement Statement { get; }

            /// <summary>"Resource at line 7, column 25", or for a document built in code, "Resource of statement SsmStartSession".</summary>
            public string Describe(bool withAccount)
            {
                var where = Value.Position.IsKnown ? $"at {Value.Position}"
                    : Statement.Sid != null ? $"of statement {Statement.Sid.Value}"
                    : $"of statement {Index + 1}";
                return $"{Element} {where}" + (withAccount ? $" ({Account})" : string.Empty);
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
