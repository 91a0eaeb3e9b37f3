using LocalAws.Protocol;
using OsAccess.Core.Policy.Validation;

namespace LocalAws.Services;

/// <summary>IAM's checks on a policy it is asked to store: well-formed, then within its size quota.</summary>
public static class PolicyChecks
{
    public static void Identity(string document, int quota, string quotaName) => Check(document, PolicyKind.Identity, quota, quotaName);

    public static void Trust(string document) => Check(document, PolicyKind.Trust, PolicySizeLimits.TrustPolicyCharacters, "ACLSizePerRole");

    public static void Check(string document, PolicyKind kind, int quota, string quotaName)
    {
        if (PolicyProblems.Find(document, kind) is string problem) throw Errors.MalformedPolicyDocument(problem);
        if (PolicyProblems.SizeWithoutWhitespace(document) > quota)
            throw Errors.LimitExceeded($"Cannot exceed quota for {quotaName}: {quota}");
    }
}
