using System;
using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The Statement array and the statements' Sids ("IAM JSON policy elements: Sid": unique within the policy; "The Sid
    /// element supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)").
    /// IAM compares Sids case-sensitively, so Sids that differ only in case pass IAM but confuse people and tools.
    /// </summary>
    internal static class StatementListChecks
    {
        public static void Check(ValidationContext context)
        {
            var statements = context.Document.Statements;
            if (statements.Count == 0)
            {
                context.Report(PolicyFindingRules.EmptyStatement, context.Document.PositionOf("Statement"),
                    "The Statement array is empty, so the policy says nothing: add at least one statement.");
                return;
            }

            var exact = new Dictionary<string, int>(StringComparer.Ordinal);
            var folded = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (statement.Sid == null) continue;
                var sid = statement.Sid.Value;
                CheckCharacters(context, i, statement, sid);
                if (exact.TryGetValue(sid.Value, out var first))
                {
                    context.Report(PolicyFindingRules.DuplicateSid, sid.Position,
                        $"Sid \"{sid.Value}\" is already used by statement {first + 1}: give each statement its own Sid.", i, statement);
                    continue;
                }
                exact.Add(sid.Value, i);
                if (folded.TryGetValue(sid.Value, out var similar))
                {
                    var other = statements[similar].Sid!.Value.Value;
                    context.Report(PolicyFindingRules.DuplicateSidIgnoringCase, sid.Position,
                        $"Sid \"{sid.Value}\" differs from statement {similar + 1}'s \"{other}\" only in letter case: rename one so that each Sid says what its statement is for.", i, statement);
                }
                else
                {
                    folded.Add(sid.Value, i);
                }
            }
        }

        private static void CheckCharacters(ValidationContext context, int index, PolicyStatement statement, PolicyText sid)
        {
            if (!PolicyTypeRules.RestrictsSidCharacters(context.Type)) return;
            foreach (var c in sid.Value)
            {
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) continue;
                context.Report(PolicyFindingRules.InvalidSidCharacters, sid.Position,
                    $"Sid \"{sid.Value}\" contains '{c}': IAM Sids take only A-Z, a-z and 0-9, e.g. \"{Clean(sid.Value)}\".", index, statement);
                return;
            }
        }

        private static string Clean(string sid)
        {
            var clean = new System.Text.StringBuilder();
            foreach (var c in sid)
            {
                if (char.IsLetterOrDigit(c) && c < 128) clean.Append(c);
            }
            return clean.Length == 0 ? "Statement1" : clean.ToString();
        }
    }
}
