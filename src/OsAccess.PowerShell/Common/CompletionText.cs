using System.Management.Automation.Language;

namespace OsAccess.PowerShell.Common
{
    /// <summary>What a completer inserts: the value as typed, or in single quotes when PowerShell would otherwise split or read it.</summary>
    internal static class CompletionText
    {
        public static string Quoted(string value)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || "'\"`$&|;,(){}[]<>@#".IndexOf(c) >= 0) return "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
            }
            return value;
        }
    }
}
