using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Iam;

/// <summary>Put/Get/List/Delete{User,Role}Policy, with the per-principal aggregate size quota.</summary>
public static class InlinePolicyOperations
{
    public static XElement? Put(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        string name = call.Query.Required("PolicyName");
        NameRules.Check("policyName", name, 1, 128);
        string document = call.Query.Required("PolicyDocument");
        call.Demand($"iam:Put{kind.Noun}Policy", principal.Arn);
        if (PolicyProblems.Find(document, PolicyKind.Identity) is string problem) throw Errors.MalformedPolicyDocument(problem);
        int total = PolicyProblems.SizeWithoutWhitespace(document) + principal.InlinePolicies
            .Where(p => !string.Equals(p.Key, name, System.StringComparison.OrdinalIgnoreCase))
            .Sum(p => PolicyProblems.SizeWithoutWhitespace(p.Value));
        if (total > kind.InlineQuota)
            throw Errors.LimitExceeded($"Maximum policy size of {kind.InlineQuota} bytes exceeded for {kind.NounLower} {principal.Name}");
        call.BeforePolicyWrite(principal);
        principal.InlinePolicies[name] = document;
        return null;
    }

    public static XElement Get(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        string name = call.Query.Required("PolicyName");
        call.Demand($"iam:Get{kind.Noun}Policy", principal.Arn);
        if (!principal.InlinePolicies.TryGetValue(name, out var document))
            throw Errors.NoSuchEntity($"The {kind.NounLower} policy with name {name} cannot be found.");
        string stored = principal.InlinePolicies.Keys.First(k => string.Equals(k, name, System.StringComparison.OrdinalIgnoreCase));
        return Xml.E("Result", Xml.E(kind.NameParameter, principal.Name), Xml.E("PolicyName", stored),
            Xml.E("PolicyDocument", Xml.UrlEncoded(document)));
    }

    public static XElement List(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        call.Demand($"iam:List{kind.Noun}Policies", principal.Arn);
        var (page, trailer) = IamPaging.Page(call, principal.InlinePolicies.Keys.ToList());
        return Xml.E("Result", Xml.Members("PolicyNames", page), trailer);
    }

    public static XElement? Delete(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        string name = call.Query.Required("PolicyName");
        call.Demand($"iam:Delete{kind.Noun}Policy", principal.Arn);
        if (!principal.InlinePolicies.ContainsKey(name))
            throw Errors.NoSuchEntity($"The {kind.NounLower} policy with name {name} cannot be found.");
        call.BeforePolicyWrite(principal);
        principal.InlinePolicies.Remove(name);
        return null;
    }
}
