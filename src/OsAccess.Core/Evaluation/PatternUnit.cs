namespace OsAccess.Core.Evaluation
{
    internal enum PatternUnitKind { Literal, AnySequence, AnyCharacter, Variable }

    /// <summary>One piece of a compiled pattern: literal text, <c>*</c>, <c>?</c>, or a policy variable to resolve per request.</summary>
    internal readonly struct PatternUnit
    {
        private PatternUnit(PatternUnitKind kind, string text, string? defaultValue)
        {
            Kind = kind;
            Text = text;
            Default = defaultValue;
        }

        public PatternUnitKind Kind { get; }

        /// <summary>The literal text, or the context key a variable names.</summary>
        public string Text { get; }

        /// <summary>A variable's default (<c>${key, 'default'}</c>); null when it has none.</summary>
        public string? Default { get; }

        public static PatternUnit Literal(string text) => new PatternUnit(PatternUnitKind.Literal, text, null);

        public static readonly PatternUnit AnySequence = new PatternUnit(PatternUnitKind.AnySequence, "*", null);

        public static readonly PatternUnit AnyCharacter = new PatternUnit(PatternUnitKind.AnyCharacter, "?", null);

        public static PatternUnit Variable(string key, string? defaultValue) => new PatternUnit(PatternUnitKind.Variable, key, defaultValue);
    }
}
