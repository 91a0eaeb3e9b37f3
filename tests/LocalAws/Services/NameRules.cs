using System.Text.RegularExpressions;
using LocalAws.Protocol;

namespace LocalAws.Services;

/// <summary>AWS's length and character rules for names, with its validation messages.</summary>
public static partial class NameRules
{
    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex IamName();

    [GeneratedRegex(@"^(/|/[\u0021-\u007E]+/)$")]
    private static partial Regex IamPath();

    /// <summary>Names of users, roles, policies, role sessions and source identities: [\w+=,.@-], within bounds.</summary>
    public static void Check(string field, string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
            throw Errors.Validation($"1 validation error detected: Value '{value}' at '{field}' failed to satisfy constraint: Member must have length {(value.Length < min ? "greater than or equal to " + min : "less than or equal to " + max)}");
        if (!IamName().IsMatch(value))
            throw Errors.Validation($"1 validation error detected: Value '{value}' at '{field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    }

    public static string Path(string? path)
    {
        if (path is null) return "/";
        if (path.Length > 512 || !IamPath().IsMatch(path))
            throw Errors.Validation($"1 validation error detected: Value '{path}' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
        return path;
    }
}
