namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>One kind of guardrail finding: its stable id, its severity and what it is about.</summary>
    public sealed class ScpFindingRule
    {
        public ScpFindingRule(string id, ScpFindingSeverity severity, string title)
        {
            Id = id;
            Severity = severity;
            Title = title;
        }

        public string Id { get; }

        public ScpFindingSeverity Severity { get; }

        public string Title { get; }

        public override string ToString() => $"{Id} ({Severity}): {Title}";
    }
}
