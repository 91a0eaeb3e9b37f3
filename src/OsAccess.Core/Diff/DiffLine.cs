namespace OsAccess.Core.Diff
{
    public enum DiffLineKind
    {
        Unchanged,
        Removed,
        Added,
    }

    /// <summary>One line of a line diff: kept, only in the text before, or only in the text after.</summary>
    public readonly struct DiffLine
    {
        public DiffLine(DiffLineKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public DiffLineKind Kind { get; }

        public string Text { get; }

        /// <summary>The line as a unified diff shows it: <c>' '</c>, <c>'-'</c> or <c>'+'</c>, then the text.</summary>
        public override string ToString() => (Kind == DiffLineKind.Removed ? "-" : Kind == DiffLineKind.Added ? "+" : " ") + Text;
    }
}
