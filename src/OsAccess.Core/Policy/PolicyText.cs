namespace OsAccess.Core.Policy
{
    /// <summary>A string taken from a policy, with where it stands in the policy's text.</summary>
    public readonly record struct PolicyText(string Value, SourcePosition Position)
    {
        public static implicit operator PolicyText(string value) => new PolicyText(value, SourcePosition.None);

        public override string ToString() => Value;
    }
}
