using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Roles
{
    /// <summary>Policy JSON as IAM returns it, compared and shown in OsAccess's canonical form, whatever its spacing.</summary>
    internal static class PolicyJson
    {
        /// <summary>The canonical minified form, or the text itself when it does not parse (so it differs from any canonical one).</summary>
        public static string? Canonical(string? json) =>
            json == null ? null : PolicyParser.TryParse(json, out var document, out _) ? PolicyJsonWriter.Write(document!, PolicyJsonStyle.Minified) : json;

        /// <summary>The indented canonical form for a diff, or the text itself when it does not parse.</summary>
        public static string? Indented(string? json) =>
            json == null ? null : PolicyParser.TryParse(json, out var document, out _) ? PolicyJsonWriter.Write(document!, PolicyJsonStyle.Indented) : json;
    }
}
