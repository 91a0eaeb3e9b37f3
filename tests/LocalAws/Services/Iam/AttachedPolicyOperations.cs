using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Iam;

/// <summary>Attach/Detach/ListAttached{User,Role}Policies, with the managed-policies-per-principal quota.</summary>
public static class AttachedPolicyOperations
{
    public static XElement? Attach(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        string arn = call.Query.Required("PolicyArn");
        call.Demand($"iam:Attach{kind.Noun}Policy", principal.Arn, PolicyArnContext(call, arn));
        IamLookup.Policy(call, arn);
        if (principal.AttachedPolicyArns.Contains(arn)) return null;
        if (principal.AttachedPolicyArns.Count >= kind.ManagedQuota)
            throw Errors.LimitExceeded($"Cannot exceed quota for PoliciesPer{kind.Noun}: {kind.ManagedQuota}");
        call.BeforePolicyWrite(principal);
        principal.AttachedPolicyArns.Add(arn);
        return null;
    }

    public static XElement? Detach(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        string arn = call.Query.Required("PolicyArn");
        call.Demand($"iam:Detach{kind.Noun}Policy", principal.Arn, PolicyArnContext(call, arn));
        if (!principal.AttachedPolicyArns.Contains(arn)) throw Errors.NoSuchEntity($"Policy {arn} was not found.");
        call.BeforePolicyWrite(principal);
        principal.AttachedPolicyArns.Remove(arn);
        return null;
    }

    public static XElement List(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        call.Demand($"iam:ListAttached{kind.Noun}Policies", principal.Arn);
        string prefix = call.Query.Get("PathPrefix") ?? "/";
        var arns = principal.AttachedPolicyArns
            .Where(a => (call.World.FindPolicy(a)?.Path ?? "/").StartsWith(prefix, System.StringComparison.Ordinal)).ToList();
        var (page, trailer) = IamPaging.Page(call, arns);
        return Xml.E("Result", IamXml.Attached("AttachedPolicies", call.World, page), trailer);
    }

    private static System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyList<string>> PolicyArnContext(ServiceCall call, string arn)
    {
        var context = call.ContextKeys();
        context["iam:PolicyARN"] = Authorization.ContextKeys.One(arn);
        return context;
    }
}
