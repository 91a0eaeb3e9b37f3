namespace OsAccess.Core.Roles
{
    /// <summary>One kind of finding about the OSAccess role: its stable id and severity.</summary>
    public sealed class RoleFindingRule
    {
        public RoleFindingRule(string id, RoleFindingSeverity severity)
        {
            Id = id;
            Severity = severity;
        }

        public string Id { get; }

        public RoleFindingSeverity Severity { get; }

        public override string ToString() => $"{Id} ({Severity})";
    }
}
