using System;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;
using OsAccess.Core.Policy.Validation;

namespace LocalAws.Services.Organizations;

/// <summary>SCPs: create, read, update, delete, attach, detach, list; enable and disable the policy type.</summary>
public static class OrgPolicyOperations
{
    public static JsonObject ListPolicies(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string type = OrgLookup.ScpType(call);
        call.Demand("organizations:ListPolicies", "*");
        var policies = org.Policies.Values.Where(p => p.Type == type).OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => OrgJson.PolicySummary(org, p)).ToList();
        return OrgPaging.Page(call, "Policies", policies);
    }

    public static JsonObject DescribePolicy(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var policy = OrgLookup.Policy(org, call.Json.Required("PolicyId"));
        call.Demand("organizations:DescribePolicy", org.PolicyArn(policy));
        return new JsonObject { ["Policy"] = OrgJson.Policy(org, policy) };
    }

    public static JsonObject CreatePolicy(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string name = OrgLookup.Name(call, "Name");
        string content = call.Json.Required("Content");
        string description = call.Json.Required("Description");
        string type = call.Json.Required("Type");
        if (type != OrgPolicy.ScpType) throw OrgErrors.InvalidInput("INVALID_ENUM", $"LocalAws supports only {OrgPolicy.ScpType}.");
        var tags = OrgTagOperations.Read(call, call.Json.Array("Tags"));
        var context = call.ContextKeys();
        ContextKeys.AddRequestTags(context, tags);
        call.Demand("organizations:CreatePolicy", "*", context);
        // "If the request includes tags, then the requester must have the organizations:TagResource permission."
        if (tags.Count > 0) call.Demand("organizations:TagResource", "*", context);
        CheckContent(content);
        OrgTagOperations.CheckCount(new Tags(), tags);
        if (org.Policies.Values.Any(p => p.Name == name)) throw Errors.Json("DuplicatePolicyException", "A policy with the same name already exists.");
        var policy = OrgFactory.Scp(org, name, description, content);
        OrgTagOperations.Apply(policy.Tags, tags);
        return new JsonObject { ["Policy"] = OrgJson.Policy(org, policy) };
    }

    public static JsonObject UpdatePolicy(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var policy = OrgLookup.Policy(org, call.Json.Required("PolicyId"));
        call.Demand("organizations:UpdatePolicy", org.PolicyArn(policy));
        if (policy.AwsManaged) throw Errors.Json("AccessDeniedException", "You can't modify an AWS managed policy.");
        string? name = call.Json.Get("Name");
        if (name is not null && name != policy.Name && org.Policies.Values.Any(p => p.Name == name))
            throw Errors.Json("DuplicatePolicyException", "A policy with the same name already exists.");
        string? content = call.Json.Get("Content");
        if (content is not null) CheckContent(content);
        if (name is not null) policy.Name = name;
        if (call.Json.Get("Description") is string description) policy.Description = description;
        if (content is not null) policy.Content = content;
        return new JsonObject { ["Policy"] = OrgJson.Policy(org, policy) };
    }

    public static JsonObject DeletePolicy(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var policy = OrgLookup.Policy(org, call.Json.Required("PolicyId"));
        call.Demand("organizations:DeletePolicy", org.PolicyArn(policy));
        if (policy.AwsManaged) throw Errors.Json("AccessDeniedException", "You can't delete an AWS managed policy.");
        if (OrgLookup.TargetsOf(org, policy.Id).Any())
            throw Errors.Json("PolicyInUseException", "The policy is attached to one or more entities. You must detach it from all roots, OUs, and accounts before performing this operation.");
        org.Policies.Remove(policy.Id);
        return new JsonObject();
    }

    public static JsonObject AttachPolicy(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var policy = OrgLookup.Policy(org, call.Json.Required("PolicyId"));
        string target = call.Json.Required("TargetId");
        // Authorised on the policy and on the target (Service Authorization Reference: policy*, and root, ou or account).
        call.Demand("organizations:AttachPolicy", org.PolicyArn(policy));
        call.Demand("organizations:AttachPolicy", org.TargetArn(target) ?? throw OrgErrors.TargetNotFound());
        if (!org.ScpEnabled) throw OrgErrors.TypeNotEnabled();
        var attached = org.AttachedTo(target);
        if (attached.Contains(policy.Id))
            throw Errors.Json("DuplicatePolicyAttachmentException", "A policy with the same type is already attached to the target you specified.");
        if (attached.Count >= PolicyAttachmentLimits.ServiceControlPoliciesPerTarget)
            throw Errors.OrgConstraint("MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
                $"You have attached the maximum number of policies of this type ({PolicyAttachmentLimits.ServiceControlPoliciesPerTarget}) to the specified target.");
        attached.Add(policy.Id);
        return new JsonObject();
    }

    public static JsonObject DetachPolicy(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var policy = OrgLookup.Policy(org, call.Json.Required("PolicyId"));
        string target = call.Json.Required("TargetId");
        // Authorised on the policy and on the target (Service Authorization Reference: policy*, and root, ou or account).
        call.Demand("organizations:DetachPolicy", org.PolicyArn(policy));
        call.Demand("organizations:DetachPolicy", org.TargetArn(target) ?? throw OrgErrors.TargetNotFound());
        var attached = org.AttachedTo(target);
        if (!attached.Contains(policy.Id))
            throw Errors.Json("PolicyNotAttachedException", "The policy isn't attached to the specified target in the specified root.");
        if (attached.Count == 1)
            throw Errors.OrgConstraint("MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
                "You can't detach the last service control policy from a root, OU or account; attach another one first.");
        attached.Remove(policy.Id);
        return new JsonObject();
    }

    public static JsonObject ListTargetsForPolicy(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var policy = OrgLookup.Policy(org, call.Json.Required("PolicyId"));
        call.Demand("organizations:ListTargetsForPolicy", org.PolicyArn(policy));
        var targets = OrgLookup.TargetsOf(org, policy.Id).Select(id => OrgJson.Target(org, id)).ToList();
        return OrgPaging.Page(call, "Targets", targets);
    }

    public static JsonObject ListPoliciesForTarget(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string target = call.Json.Required("TargetId");
        string type = OrgLookup.ScpType(call);
        call.Demand("organizations:ListPoliciesForTarget", "*");
        if (!org.TargetExists(target)) throw OrgErrors.TargetNotFound();
        var policies = org.AttachedTo(target).Select(id => org.Policies[id]).Where(p => p.Type == type)
            .Select(p => OrgJson.PolicySummary(org, p)).ToList();
        return OrgPaging.Page(call, "Policies", policies);
    }

    public static JsonObject EnablePolicyType(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string root = call.Json.Required("RootId");
        string type = call.Json.Required("PolicyType");
        call.Demand("organizations:EnablePolicyType", org.RootArn);
        if (root != org.RootId) throw Errors.Json("RootNotFoundException", "We can't find a root with the RootId that you specified.");
        if (type != OrgPolicy.ScpType) throw OrgErrors.InvalidInput("INVALID_ENUM", $"LocalAws supports only {OrgPolicy.ScpType}.");
        if (org.ScpEnabled) throw Errors.Json("PolicyTypeAlreadyEnabledException", "The specified policy type is already enabled.");
        OrgFactory.EnableScps(org);
        return new JsonObject { ["Root"] = OrgJson.Root(org) };
    }

    public static JsonObject DisablePolicyType(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string root = call.Json.Required("RootId");
        call.Demand("organizations:DisablePolicyType", org.RootArn);
        if (root != org.RootId) throw Errors.Json("RootNotFoundException", "We can't find a root with the RootId that you specified.");
        if (!org.ScpEnabled) throw OrgErrors.TypeNotEnabled();
        org.ScpEnabled = false;
        org.Attachments.Clear();
        return new JsonObject { ["Root"] = OrgJson.Root(org) };
    }

    private static void CheckContent(string content)
    {
        if (PolicyProblems.Find(content, Services.PolicyKind.ServiceControl) is string problem)
            throw Errors.Json("MalformedPolicyDocumentException", "The provided policy document doesn't meet the requirements of the specified policy type. " + problem);
        // Every byte of UTF-8 sent counts, white space included: AWS's older page said "bytes (not characters)", and
        // users report non-ASCII content refused below 5,120 characters (docs/quotas.md).
        if (System.Text.Encoding.UTF8.GetByteCount(content) > PolicySizeLimits.ServiceControlPolicyCharacters)
            throw Errors.OrgConstraint("POLICY_CONTENT_LIMIT_EXCEEDED", "You have exceeded the maximum policy size.");
    }
}
