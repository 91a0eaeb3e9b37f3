using System.Collections.Generic;
using System.Text;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// Splits policy text into pattern units: literal runs, the wildcards <c>*</c> and <c>?</c> (when the element
    /// supports them), and policy variables <c>${key}</c> / <c>${key, 'default'}</c>. <c>${*}</c>, <c>${?}</c> and
    /// <c>${$}</c> stand for the literal characters. Variables are recognised only in policies of version 2012-10-17;
    /// elsewhere <c>${…}</c> is plain text.
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
    /// </summary>
    internal static class PolicyVariableSyntax
    {
        public static PatternUnit[] Split(string text, bool wildcards, bool variables)
        {
            var units = new List<PatternUnit>();
            var literal = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (variables && c == '$' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    var close = text.IndexOf('}', i + 2);
                    if (close > 0 && TryVariable(text.Substring(i + 2, close - i - 2), literal, units))
                    {
                        i = close + 1;
                        continue;
                    }
                }
                if (wildcards && (c == '*' || c == '?'))
                {
                    Flush(literal, units);
                    units.Add(c == '*' ? PatternUnit.AnySequence : PatternUnit.AnyCharacter);
                    i++;
                    continue;
                }
                literal.Append(c);
                i++;
            }
            Flush(literal, units);
            return units.ToArray();
        }

        private static bool TryVariable(string body, StringBuilder literal, List<PatternUnit> units)
        {
            var trimmed = body.Trim();
            if (trimmed == "*" || trimmed == "?" || trimmed == "$")
            {
                literal.Append(trimmed);
                return true;
            }
            string key = trimmed;
            string? defaultValue = null;
            var comma = trimmed.IndexOf(',');
            if (comma >= 0)
            {
                key = trimmed.Substring(0, comma).Trim();
                var rest = trimmed.Substring(comma + 1).Trim();
                if (rest.Length < 2 || rest[0] != '\'' || rest[rest.Length - 1] != '\'') return false;
                defaultValue = rest.Substring(1, rest.Length - 2).Replace("''", "'");
            }
            if (key.Length == 0 || key.IndexOf(' ') >= 0) return false;
            Flush(literal, units);
            units.Add(PatternUnit.Variable(key, defaultValue));
            return true;
        }

        private static void Flush(StringBuilder literal, List<PatternUnit> units)
        {
            if (literal.Length == 0) return;
            units.Add(PatternUnit.Literal(literal.ToString()));
            literal.Clear();
        }
    }
}
