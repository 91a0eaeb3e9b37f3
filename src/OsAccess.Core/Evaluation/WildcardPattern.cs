using System;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// A compiled text pattern: literal runs, <c>*</c> (any run, possibly empty), <c>?</c> (any one character) and
    /// policy variables. Matching allocates nothing.
    /// </summary>
    internal sealed class WildcardPattern : IValuePattern
    {
        private readonly PatternUnit[] units;
        private readonly StringComparison comparison;

        private WildcardPattern(string source, PatternUnit[] units, StringComparison comparison)
        {
            Source = source;
            this.units = units;
            this.comparison = comparison;
            foreach (var unit in units)
            {
                if (unit.Kind == PatternUnitKind.Variable) HasVariables = true;
            }
            MatchesEverything = units.Length == 1 && units[0].Kind == PatternUnitKind.AnySequence;
        }

        public string Source { get; }

        public bool HasVariables { get; }

        public bool MatchesEverything { get; }

        public static WildcardPattern Compile(string text, bool wildcards, bool variables, bool ignoreCase) =>
            new WildcardPattern(
                text,
                PolicyVariableSyntax.Split(text, wildcards, variables),
                ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        /// <summary>True when the text matches. A variable the context cannot resolve makes the pattern match nothing.</summary>
        public bool IsMatch(string text, RequestContext? context) => Match(text, 0, text.Length, context) == ValueMatch.Match;

        public ValueMatch Match(string text, RequestContext? context) => Match(text, 0, text.Length, context);

        /// <summary>Whether text[start..end) matches, or <see cref="ValueMatch.Unresolved"/> when a variable cannot be resolved.</summary>
        public ValueMatch Match(string text, int start, int end, RequestContext? context)
        {
            if (MatchesEverything) return ValueMatch.Match;
            if (HasVariables && !AllResolvable(context)) return ValueMatch.Unresolved;
            return Glob(text, start, end, context) ? ValueMatch.Match : ValueMatch.NoMatch;
        }

        private bool AllResolvable(RequestContext? context)
        {
            foreach (var unit in units)
            {
                if (unit.Kind == PatternUnitKind.Variable && Resolve(unit, context) == null) return false;
            }
            return true;
        }

        // A variable's value (or its default) is literal text: '*' and '?' in it are not wildcards.
        private static string? Resolve(PatternUnit unit, RequestContext? context) => context?.ResolveVariable(unit.Text) ?? unit.Default;

        // Classic single-backtrack glob: on a mismatch, retry from one character further after the last '*'.
        // Variables are looked up as they are reached, so matching allocates nothing.
        private bool Glob(string text, int start, int end, RequestContext? context)
        {
            var units = this.units;
            int t = start, u = 0, starUnit = -1, starText = -1;
            while (t < end || u < units.Length)
            {
                if (u < units.Length)
                {
                    var unit = units[u];
                    switch (unit.Kind)
                    {
                        case PatternUnitKind.AnySequence:
                            starUnit = u;
                            starText = t;
                            u++;
                            continue;
                        case PatternUnitKind.AnyCharacter:
                            if (t < end)
                            {
                                t++;
                                u++;
                                continue;
                            }
                            break;
                        default:
                            var literal = unit.Kind == PatternUnitKind.Variable ? Resolve(unit, context)! : unit.Text;
                            var length = literal.Length;
                            if (t + length <= end && string.Compare(text, t, literal, 0, length, comparison) == 0)
                            {
                                t += length;
                                u++;
                                continue;
                            }
                            break;
                    }
                }
                if (starUnit >= 0 && starText < end)
                {
                    starText++;
                    t = starText;
                    u = starUnit + 1;
                    continue;
                }
                return false;
            }
            return true;
        }

        public override string ToString() => Source;
    }
}
