using System;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;
using OsAccess.Core.Policy.Validation;

namespace LocalAws.Services.Iam;

/// <summary>CreatePolicy, GetPolicy, DeletePolicy, ListPolicies, TagPolicy, UntagPolicy, ListPolicyTags.</summary>
public static class ManagedPolicyOperations
{
    public static XElement CreatePolicy(ServiceCall call)
    {
        string name = call.Query.Required("PolicyName");
        NameRules.Check("policyName", name, 1, 128);
        string path = NameRules.Path(call.Query.Get("Path"));
        string document = call.Query.Required("PolicyDocument");
        var tags = IamTagging.Read(call);
        string arn = IamFactory.PolicyArn(call.Caller.AccountId, path, name);
        IamTagging.DemandCreate(call, "iam:CreatePolicy", "iam:TagPolicy", arn, tags);
        var account = IamLookup.Account(call);
        if (account.Policies.Values.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw Errors.EntityAlreadyExists($"A policy called {name} already exists. Duplicate names are not allowed.");
        PolicyChecks.Identity(document, PolicySizeLimits.ManagedPolicyCharacters, "PolicySize");
        var policy = IamFactory.Policy(arn, name, path, call.Query.Get("Description"), document, call.Now);
        policy.VisibleFrom = call.VisibleFrom;
        IamTagging.Apply(policy.Tags, tags, "policy");
        account.Policies[arn] = policy;
        return Xml.E("Result", IamXml.Policy("Policy", policy, account));
    }

    public static XElement GetPolicy(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        call.Demand("iam:GetPolicy", policy.Arn);
        return Xml.E("Result", IamXml.Policy("Policy", policy, IamLookup.Account(call)));
    }

    public static XElement? DeletePolicy(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        call.Demand("iam:DeletePolicy", policy.Arn);
        if (policy.IsAwsManaged) throw Errors.AccessDenied("AWS managed policies cannot be deleted.");
        var (attachments, boundaries) = IamLookup.Usage(IamLookup.Account(call), policy.Arn);
        if (attachments + boundaries > 0) throw Errors.DeleteConflict("Cannot delete a policy attached to entities.");
        if (policy.Versions.Count > 1)
            throw Errors.DeleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
        IamLookup.Account(call).Policies.Remove(policy.Arn);
        return null;
    }

    public static XElement ListPolicies(ServiceCall call)
    {
        call.Demand("iam:ListPolicies", $"arn:aws:iam::{call.Caller.AccountId}:policy/");
        string scope = call.Query.Get("Scope") ?? "All";
        if (scope is not ("All" or "AWS" or "Local"))
            throw Errors.Validation($"1 validation error detected: Value '{scope}' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]");
        bool onlyAttached = call.Query.Bool("OnlyAttached") ?? false;
        string prefix = call.Query.Get("PathPrefix") ?? "/";
        var account = IamLookup.Account(call);
        var candidates = scope switch
        {
            "AWS" => call.World.AwsManagedPolicies.Values,
            "Local" => account.Policies.Values,
            _ => call.World.AwsManagedPolicies.Values.Concat(account.Policies.Values),
        };
        var policies = candidates
            .Where(p => p.VisibleFrom <= call.Now && p.Path.StartsWith(prefix, StringComparison.Ordinal))
            .Where(p => !onlyAttached || IamLookup.Usage(account, p.Arn).Attachments > 0)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var (page, trailer) = IamPaging.Page(call, policies);
        return Xml.E("Result", Xml.Members("Policies", page.Select(p => (object)IamXml.Policy("member", p, account, withTags: false))), trailer);
    }

    public static XElement? TagPolicy(ServiceCall call)
    {
        var policy = CustomerPolicy(call);
        return IamTagging.Tag(call, "iam:TagPolicy", policy.Arn, policy.Tags, "policy");
    }

    public static XElement? UntagPolicy(ServiceCall call)
    {
        var policy = CustomerPolicy(call);
        return IamTagging.Untag(call, "iam:UntagPolicy", policy.Arn, policy.Tags);
    }

    public static XElement ListPolicyTags(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        call.Demand("iam:ListPolicyTags", policy.Arn);
        return IamTagging.TagPage(call, policy.Tags);
    }

    private static ManagedPolicy CustomerPolicy(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        if (policy.IsAwsManaged) throw Errors.InvalidInput("AWS managed policies cannot be tagged.");
        return policy;
    }
}
