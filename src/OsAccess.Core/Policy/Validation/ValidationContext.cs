using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>What one validation run knows: the policy's type and the findings so far.</summary>
    internal sealed class ValidationContext
    {
        public ValidationContext(PolicyDocument document, PolicyType type)
        {
            Document = document;
            Type = type;
        }

        public PolicyDocument Document { get; }

        public PolicyType Type { get; }

        public List<PolicyFinding> Findings { get; } = new List<PolicyFinding>();

        /// <summary>True when the document says Version 2012-10-17, the only version with policy variables.</summary>
        public bool HasCurrentVersion => Document.Version?.Value == PolicyDocument.CurrentVersion;

        public void Report(PolicyFindingRule rule, SourcePosition position, string message) =>
            Findings.Add(rule.At(position, message));

        /// <summary>A statement's problem; <paramref name="statementIndex"/> is its 0-based place in the Statement array.</summary>
        public void Report(PolicyFindingRule rule, SourcePosition position, string message, int statementIndex, PolicyStatement statement) =>
            Findings.Add(rule.At(position, message, statementIndex + 1, statement.Sid?.Value));
    }
}
