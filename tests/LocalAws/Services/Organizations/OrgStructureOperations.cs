using System;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Organizations;

/// <summary>The organization's shape: describe, list, create and move roots, OUs and accounts.</summary>
public static class OrgStructureOperations
{
    public static JsonObject DescribeOrganization(ServiceCall call)
    {
        var org = OrgLookup.Member(call);
        call.Demand("organizations:DescribeOrganization", org.Arn);
        return new JsonObject { ["Organization"] = OrgJson.Organization(org) };
    }

    public static JsonObject ListRoots(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        call.Demand("organizations:ListRoots", "*");
        return OrgPaging.Page(call, "Roots", new[] { OrgJson.Root(org) });
    }

    public static JsonObject ListOrganizationalUnitsForParent(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string parent = call.Json.Required("ParentId");
        call.Demand("organizations:ListOrganizationalUnitsForParent", "*");
        OrgLookup.Parent(org, parent);
        var units = org.Units.Values.Where(u => u.ParentId == parent).OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => OrgJson.Unit(org, u)).ToList();
        return OrgPaging.Page(call, "OrganizationalUnits", units);
    }

    public static JsonObject ListAccountsForParent(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string parent = call.Json.Required("ParentId");
        call.Demand("organizations:ListAccountsForParent", "*");
        OrgLookup.Parent(org, parent);
        var accounts = org.Accounts.Values.Where(a => a.ParentId == parent).OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => OrgJson.Account(org, a)).ToList();
        return OrgPaging.Page(call, "Accounts", accounts);
    }

    public static JsonObject ListAccounts(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        call.Demand("organizations:ListAccounts", "*");
        var accounts = org.Accounts.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => OrgJson.Account(org, a)).ToList();
        return OrgPaging.Page(call, "Accounts", accounts);
    }

    public static JsonObject DescribeAccount(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string id = call.Json.Required("AccountId");
        call.Demand("organizations:DescribeAccount", org.AccountArn(id));
        return new JsonObject { ["Account"] = OrgJson.Account(org, OrgLookup.Account(org, id)) };
    }

    public static JsonObject ListParents(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string child = call.Json.Required("ChildId");
        call.Demand("organizations:ListParents", "*");
        string parent = org.Accounts.TryGetValue(child, out var a) ? a.ParentId
            : org.Units.TryGetValue(child, out var u) ? u.ParentId
            : throw OrgErrors.ChildNotFound();
        var item = new JsonObject { ["Id"] = parent, ["Type"] = parent == org.RootId ? "ROOT" : "ORGANIZATIONAL_UNIT" };
        return OrgPaging.Page(call, "Parents", new[] { item });
    }

    public static JsonObject ListChildren(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string parent = call.Json.Required("ParentId");
        string type = call.Json.Required("ChildType");
        call.Demand("organizations:ListChildren", "*");
        OrgLookup.Parent(org, parent);
        var ids = type switch
        {
            "ACCOUNT" => org.Accounts.Values.Where(a => a.ParentId == parent).Select(a => a.Id),
            "ORGANIZATIONAL_UNIT" => org.Units.Values.Where(u => u.ParentId == parent).Select(u => u.Id),
            _ => throw OrgErrors.InvalidInput("INVALID_ENUM", $"You specified an invalid value: {type}"),
        };
        var children = ids.OrderBy(id => id, StringComparer.Ordinal).Select(id => new JsonObject { ["Id"] = id, ["Type"] = type }).ToList();
        return OrgPaging.Page(call, "Children", children);
    }

    public static JsonObject CreateOrganization(ServiceCall call)
    {
        call.Demand("organizations:CreateOrganization", "*");
        if (call.World.Organization is not null)
            throw Errors.Json("AlreadyInOrganizationException", "This account is already a member of an organization.");
        string featureSet = call.Json.Get("FeatureSet") ?? "ALL";
        if (featureSet != "ALL") throw OrgErrors.InvalidInput("INVALID_ENUM", "LocalAws supports only FeatureSet ALL.");
        var org = OrgFactory.Organization(call.World, call.Caller.AccountId, "management", $"{call.Caller.AccountId}@example.com", false, call.Now);
        return new JsonObject { ["Organization"] = OrgJson.Organization(org) };
    }

    public static JsonObject CreateAccount(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string name = call.Json.Required("AccountName");
        string email = call.Json.Required("Email");
        call.Demand("organizations:CreateAccount", "*");
        if (org.Accounts.Values.Any(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)))
            throw Errors.Json("DuplicateAccountException", "That account is already present in the specified destination.");
        string id;
        do { id = IdGenerator.AccountId(); } while (id[0] == '0' || call.World.Accounts.ContainsKey(id));
        OrgFactory.Account(call.World, org, id, name, email, org.RootId, call.Now);
        var status = new CreateAccountStatus
        {
            Id = "car-" + IdGenerator.Lower(32), AccountName = name, AccountId = id, RequestedTimestamp = call.Now, CompletedTimestamp = call.Now,
        };
        org.CreateAccountRequests[status.Id] = status;
        return new JsonObject { ["CreateAccountStatus"] = OrgJson.CreateAccountStatus(status) };
    }

    public static JsonObject DescribeCreateAccountStatus(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string id = call.Json.Required("CreateAccountRequestId");
        call.Demand("organizations:DescribeCreateAccountStatus", "*");
        if (!org.CreateAccountRequests.TryGetValue(id, out var status))
            throw Errors.Json("CreateAccountStatusNotFoundException", "We can't find an create account request with the CreateAccountRequestId that you specified.");
        return new JsonObject { ["CreateAccountStatus"] = OrgJson.CreateAccountStatus(status) };
    }

    public static JsonObject CreateOrganizationalUnit(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string parent = call.Json.Required("ParentId");
        string name = OrgLookup.Name(call, "Name");
        call.Demand("organizations:CreateOrganizationalUnit", "*");
        OrgLookup.Parent(org, parent);
        if (org.Units.Values.Any(u => u.ParentId == parent && u.Name == name))
            throw Errors.Json("DuplicateOrganizationalUnitException", "An OU with the same name already exists.");
        var unit = OrgFactory.Unit(org, name, parent);
        return new JsonObject { ["OrganizationalUnit"] = OrgJson.Unit(org, unit) };
    }

    public static JsonObject MoveAccount(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        string id = call.Json.Required("AccountId");
        string source = call.Json.Required("SourceParentId");
        string destination = call.Json.Required("DestinationParentId");
        call.Demand("organizations:MoveAccount", org.AccountArn(id));
        var account = OrgLookup.Account(org, id);
        if (source != org.RootId && !org.Units.ContainsKey(source))
            throw Errors.Json("SourceParentNotFoundException", "We can't find a source root or OU with the ParentId that you specified.");
        if (destination != org.RootId && !org.Units.ContainsKey(destination))
            throw Errors.Json("DestinationParentNotFoundException", "We can't find a destination root or OU with the ParentId that you specified.");
        if (account.ParentId != source) throw Errors.Json("AccountNotFoundException", "You specified an account that doesn't exist.");
        if (account.ParentId == destination) throw Errors.Json("DuplicateAccountException", "That account is already present in the specified destination.");
        account.ParentId = destination;
        return new JsonObject();
    }
}
