namespace OsAccess.Core.Policy
{
    /// <summary>A place in a policy's text: 1-based line and column. <see cref="None"/> for documents built in code.</summary>
    public readonly record struct SourcePosition(int Line, int Column)
    {
        public static SourcePosition None => default;

        public bool IsKnown => Line > 0;

        public override string ToString() => IsKnown ? $"line {Line}, column {Column}" : "(built in code)";
    }
}
