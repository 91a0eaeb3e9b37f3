namespace OsAccess.Core.Roles
{
    /// <summary>One way the OSAccess role in an account differs from what Publish-OSAccessRole would write, or is unsafe.</summary>
    public sealed class OSAccessRoleFinding
    {
        public OSAccessRoleFinding(string accountId, RoleFindingRule rule, string message, string remedy)
        {
            AccountId = accountId;
            Id = rule.Id;
            Severity = rule.Severity;
            Message = message;
            Remedy = remedy;
        }

        public string AccountId { get; }

        /// <summary>Stable across releases (<see cref="RoleFindingRules"/>).</summary>
        public string Id { get; }

        public RoleFindingSeverity Severity { get; }

        public string Message { get; }

        public string Remedy { get; }

        public override string ToString() => $"{AccountId} {Severity} {Id}: {Message}";
    }
}
