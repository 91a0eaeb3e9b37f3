namespace OsAccess.Core.Policy.Validation
{
    /// <summary>One kind of finding: its stable id, its severity and what it is about.</summary>
    public sealed class PolicyFindingRule
    {
        public PolicyFindingRule(string id, PolicyFindingSeverity severity, string title)
        {
            Id = id;
            Severity = severity;
            Title = title;
        }

        public string Id { get; }

        public PolicyFindingSeverity Severity { get; }

        public string Title { get; }

        public PolicyFinding At(SourcePosition position, string message, int? statementNumber = null, string? sid = null) =>
            new PolicyFinding(Id, Severity, message, position, statementNumber, sid);

        public override string ToString() => $"{Id} ({Severity}): {Title}";
    }
}
