using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using OsAccess.Workflows.Completion;

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

        /// <summary>The values whose own text or description (an account's name) begins with what was typed; the description is shown beside each.</summary>
        public static IEnumerable<CompletionResult> Matching(IEnumerable<CompletionName> names, string? wordToComplete)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return names
                .Where(name => name.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || name.Description.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(name => new CompletionResult(Quoted(name.Value), name.Value + "  " + name.Description, CompletionResultType.ParameterValue,
                    name.Description.Length == 0 ? name.Value : name.Description));
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
