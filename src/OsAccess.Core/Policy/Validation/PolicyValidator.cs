using System.Collections.Generic;
using System.Linq;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Checks a policy the way IAM Access Analyzer's policy validation does, for the rules OsAccess depends on; every finding
    /// kind is listed in <see cref="PolicyFindingRules"/>. Findings come back in the order of their place in the text.
    /// </summary>
    public static class PolicyValidator
    {
        /// <summary>
        /// Validates a parsed document. Its size is that of its canonical minified form, which is what OsAccess sends to AWS.
        /// </summary>
        public static IReadOnlyList<PolicyFinding> Validate(PolicyDocument document, PolicyType type = PolicyType.Identity) =>
            Run(document, type, PolicySizeCounter.Measure(document, type), null);

        /// <summary>
        /// Parses and validates policy text. Text that does not parse yields one <see cref="PolicyFindingRules.ParseError"/>
        /// finding with the parser's line and column. The size is that of the text as written, counted as AWS counts it.
        /// </summary>
        public static IReadOnlyList<PolicyFinding> Validate(string json, PolicyType type = PolicyType.Identity)
        {
            if (!PolicyParser.TryParse(json, out var document, out var error))
            {
                var parseError = PolicyFindingRules.ParseError.At(error!.Position, error.Reason + " The policy cannot be checked further until it parses.");
                return new[] { parseError };
            }
            return Run(document!, type, PolicySizeCounter.Measure(json, document, type), json);
        }

        /// <summary>True when no finding is an error.</summary>
        public static bool IsValid(IEnumerable<PolicyFinding> findings) => findings.All(f => f.Severity != PolicyFindingSeverity.Error);

        private static IReadOnlyList<PolicyFinding> Run(PolicyDocument document, PolicyType type, PolicySize size, string? text)
        {
            var context = new ValidationContext(document, type);
            if (text != null) TextChecks.Check(context, text);
            SizeChecks.Check(context, size);
            VersionChecks.Check(context);
            StatementListChecks.Check(context);
            for (var i = 0; i < document.Statements.Count; i++)
            {
                var statement = document.Statements[i];
                EffectChecks.Check(context, i, statement);
                PrincipalChecks.Check(context, i, statement);
                ActionChecks.Check(context, i, statement);
                ResourceChecks.Check(context, i, statement);
                ConditionChecks.Check(context, i, statement);
            }
            PlaceholderChecks.Check(context);
            return context.Findings
                .Select((finding, order) => (finding, order))
                .OrderBy(x => x.finding.Position.Line)
                .ThenBy(x => x.finding.Position.Column)
                .ThenBy(x => x.order)
                .Select(x => x.finding)
                .ToList();
        }
    }
}
