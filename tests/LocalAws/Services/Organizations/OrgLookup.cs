using System.Collections.Generic;
using System.Linq;
using LocalAws.Dispatch;
using LocalAws.State;

namespace LocalAws.Services.Organizations;

/// <summary>Finds the caller's organization and the things in it, failing with Organizations' errors.</summary>
public static class OrgLookup
{
    /// <summary>The organization, when the caller is its management account.</summary>
    public static Organization Managed(ServiceCall call)
    {
        var org = Member(call);
        if (org.ManagementAccountId != call.Caller.AccountId) throw OrgErrors.NotManagement();
        return org;
    }

    /// <summary>The organization the caller's account belongs to.</summary>
    public static Organization Member(ServiceCall call)
    {
        var org = call.World.Organization;
        if (org is null || !org.Accounts.ContainsKey(call.Caller.AccountId)) throw OrgErrors.NotInUse();
        return org;
    }

    /// <summary>A required name of at most 128 characters (policy and OU names), refused with AWS's reason otherwise.</summary>
    public static string Name(ServiceCall call, string field)
    {
        string name = call.Json.Required(field);
        if (name.Length > 128) throw OrgErrors.InvalidInput("MAX_LENGTH_EXCEEDED", $"The {field} must be at most 128 characters.");
        return name;
    }

    public static OrgPolicy Policy(Organization org, string id) =>
        org.Policies.TryGetValue(id, out var policy) ? policy : throw OrgErrors.PolicyNotFound();

    public static void Parent(Organization org, string id)
    {
        if (id != org.RootId && !org.Units.ContainsKey(id)) throw OrgErrors.ParentNotFound();
    }

    public static OrgAccount Account(Organization org, string id) =>
        org.Accounts.TryGetValue(id, out var account) ? account : throw OrgErrors.AccountNotFound();

    public static string ScpType(ServiceCall call)
    {
        string type = call.Json.Required("Filter");
        if (type != OrgPolicy.ScpType && type is not ("TAG_POLICY" or "BACKUP_POLICY" or "AISERVICES_OPT_OUT_POLICY" or "CHATBOT_POLICY" or "DECLARATIVE_POLICY_EC2" or "RESOURCE_CONTROL_POLICY"))
            throw OrgErrors.InvalidInput("INVALID_ENUM", $"You specified an invalid value: {type}");
        return type;
    }

    public static IEnumerable<string> TargetsOf(Organization org, string policyId) =>
        org.Attachments.Where(kv => kv.Value.Contains(policyId)).Select(kv => kv.Key).OrderBy(id => id, System.StringComparer.Ordinal);
}
