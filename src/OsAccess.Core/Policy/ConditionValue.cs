namespace OsAccess.Core.Policy
{
    public enum ConditionValueKind { String, Number, Boolean }

    /// <summary>
    /// One value of a condition. IAM compares every value as text, but remembers whether it was written
    /// as a JSON string, number or boolean; so does this type, so that a document writes back as it was read.
    /// </summary>
    public readonly record struct ConditionValue(string Text, ConditionValueKind Kind, SourcePosition Position)
    {
        public static implicit operator ConditionValue(string text) => new ConditionValue(text, ConditionValueKind.String, SourcePosition.None);

        public static ConditionValue Boolean(bool value) =>
            new ConditionValue(value ? "true" : "false", ConditionValueKind.Boolean, SourcePosition.None);

        public override string ToString() => Text;
    }
}
