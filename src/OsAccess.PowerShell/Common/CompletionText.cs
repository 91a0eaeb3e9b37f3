using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace OsAccess.PowerShell.Common
{
    /// <summary>What the completers offer: the names that begin with what was typed, quoted where PowerShell would split them.</summary>
    internal static class CompletionText
    {
        public static IEnumerable<CompletionResult> Matching(IEnumerable<string> names, string? wordToComplete, Func<string, string> toolTip)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return names
                .Where(name => name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(name => new CompletionResult(Quoted(name), name, CompletionResultType.ParameterValue, toolTip(name)));
        }

        private static string Quoted(string value)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || "'\"`$&|;,(){}[]<>@#".IndexOf(c) >= 0) return "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
            }
            return value;
        }
    }
}
