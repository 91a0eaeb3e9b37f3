using OsAccess.Core.Policy;

namespace LocalAws.Services;

/// <summary>
/// Why IAM or Organizations would refuse a policy document as malformed (null when it would not),
/// using the policy parser for the grammar and AWS's own wording for the element rules.
/// </summary>
public static class PolicyProblems
{
    public static string? Find(string document, PolicyKind kind)
    {
        if (!PolicyParser.TryParse(document, out var policy, out var error)) return "Syntax errors in policy. " + error!.Reason;
        if (policy!.Version is PolicyText v && v.Value != "2012-10-17" && v.Value != "2008-10-17")
            return "The policy failed legacy parsing";
        if (policy.Statements.Count == 0) return "Syntax errors in policy.";
        foreach (var s in policy.Statements)
        {
            if (s.EffectValue is null) return "Syntax errors in policy.";
            if (s.Action is null && s.NotAction is null) return "Policy statement must contain actions.";
            bool hasPrincipal = s.Principal is not null || s.NotPrincipal is not null;
            bool hasResource = s.Resource is not null || s.NotResource is not null;
            switch (kind)
            {
                case PolicyKind.Trust:
                    if (!hasPrincipal) return "Missing required field Principal";
                    if (hasResource) return "Has prohibited field Resource";
                    break;
                case PolicyKind.Identity:
                    if (hasPrincipal) return "Policy document should not specify a principal.";
                    if (!hasResource) return "Policy statement must contain resources.";
                    break;
                case PolicyKind.ServiceControl:
                    if (hasPrincipal) return "Policy document should not specify a principal.";
                    break;
            }
        }
        return null;
    }

    /// <summary>IAM counts policy size without whitespace.</summary>
    public static int SizeWithoutWhitespace(string document)
    {
        int n = 0;
        foreach (char c in document) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
