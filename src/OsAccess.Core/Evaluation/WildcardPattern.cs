using System;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// A compiled text pattern: literal runs, <c>*</c> (any run, possibly empty), <c>?</c> (any one character) and
    /// policy variables. Matching a pattern without variables allocates nothing.
    /// </summary>
    internal sealed class WildcardPattern
    {
        private readonly PatternUnit[] _units;
        private readonly StringComparison _comparison;

        private WildcardPattern(string source, PatternUnit[] units, StringComparison comparison)
        {
            Source = source;
            _units = units;
            _comparison = comparison;
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

        public bool IsMatch(string text, RequestContext? context) => IsMatch(text, 0, text.Length, context);

        /// <summary>True when text[start..end) matches. A variable the context cannot resolve makes the pattern match nothing.</summary>
        public bool IsMatch(string text, int start, int end, RequestContext? context) => Match(text, start, end, context) == ValueMatch.Match;

        public ValueMatch Match(string text, RequestContext? context) => Match(text, 0, text.Length, context);

        /// <summary>Whether text[start..end) matches, or <see cref="ValueMatch.Unresolved"/> when a variable cannot be resolved.</summary>
        public ValueMatch Match(string text, int start, int end, RequestContext? context)
        {
            if (MatchesEverything) return ValueMatch.Match;
            var units = _units;
            if (HasVariables)
            {
                units = Resolve(context);
                if (units == null) return ValueMatch.Unresolved;
            }
            return Glob(units, text, start, end, _comparison) ? ValueMatch.Match : ValueMatch.NoMatch;
        }

        private PatternUnit[]? Resolve(RequestContext? context)
        {
            var resolved = new PatternUnit[_units.Length];
            for (var i = 0; i < _units.Length; i++)
            {
                var unit = _units[i];
                if (unit.Kind != PatternUnitKind.Variable)
                {
                    resolved[i] = unit;
                    continue;
                }
                var value = context?.ResolveVariable(unit.Text) ?? unit.Default;
                if (value == null) return null;
                resolved[i] = PatternUnit.Literal(value);
            }
            return resolved;
        }

        // Classic single-backtrack glob: on a mismatch, retry from one character further after the last '*'.
        private static bool Glob(PatternUnit[] units, string text, int start, int end, StringComparison comparison)
        {
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
                            var length = unit.Text.Length;
                            if (t + length <= end && string.Compare(text, t, unit.Text, 0, length, comparison) == 0)
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
