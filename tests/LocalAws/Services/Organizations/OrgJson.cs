using System.Text.Json.Nodes;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Organizations;

/// <summary>Organizations' JSON shapes.</summary>
public static class OrgJson
{
    public static JsonObject Organization(Organization org) => new()
    {
        ["Id"] = org.Id, ["Arn"] = org.Arn, ["FeatureSet"] = org.FeatureSet,
        ["MasterAccountArn"] = org.AccountArn(org.ManagementAccountId), ["MasterAccountId"] = org.ManagementAccountId,
        ["MasterAccountEmail"] = org.ManagementAccountEmail,
        ["AvailablePolicyTypes"] = new JsonArray(new JsonObject { ["Type"] = OrgPolicy.ScpType, ["Status"] = "ENABLED" }),
    };

    public static JsonObject Root(Organization org) => new()
    {
        ["Id"] = org.RootId, ["Arn"] = org.RootArn, ["Name"] = "Root",
        ["PolicyTypes"] = org.ScpEnabled
            ? new JsonArray(new JsonObject { ["Type"] = OrgPolicy.ScpType, ["Status"] = "ENABLED" })
            : new JsonArray(),
    };

    public static JsonObject Unit(Organization org, OrgUnit unit) => new()
    {
        ["Id"] = unit.Id, ["Arn"] = org.UnitArn(unit.Id), ["Name"] = unit.Name,
    };

    public static JsonObject Account(Organization org, OrgAccount a) => new()
    {
        ["Id"] = a.Id, ["Arn"] = org.AccountArn(a.Id), ["Email"] = a.Email, ["Name"] = a.Name, ["Status"] = a.Status,
        ["State"] = a.Status, ["JoinedMethod"] = a.JoinedMethod, ["JoinedTimestamp"] = JsonResponse.Epoch(a.JoinedTimestamp),
    };

    public static JsonObject PolicySummary(Organization org, OrgPolicy p) => new()
    {
        ["Id"] = p.Id, ["Arn"] = org.PolicyArn(p), ["Name"] = p.Name, ["Description"] = p.Description, ["Type"] = p.Type,
        ["AwsManaged"] = p.AwsManaged,
    };

    public static JsonObject Policy(Organization org, OrgPolicy p) => new()
    {
        ["PolicySummary"] = PolicySummary(org, p), ["Content"] = p.Content,
    };

    public static string TargetType(Organization org, string id) =>
        id == org.RootId ? "ROOT" : org.Units.ContainsKey(id) ? "ORGANIZATIONAL_UNIT" : "ACCOUNT";

    public static JsonObject Target(Organization org, string id) => new()
    {
        ["TargetId"] = id,
        ["Arn"] = id == org.RootId ? org.RootArn : org.Units.ContainsKey(id) ? org.UnitArn(id) : org.AccountArn(id),
        ["Name"] = id == org.RootId ? "Root" : org.Units.TryGetValue(id, out var u) ? u.Name : org.Accounts[id].Name,
        ["Type"] = TargetType(org, id),
    };

    public static JsonObject CreateAccountStatus(CreateAccountStatus s) => new()
    {
        ["Id"] = s.Id, ["AccountName"] = s.AccountName, ["State"] = s.State, ["AccountId"] = s.AccountId,
        ["RequestedTimestamp"] = JsonResponse.Epoch(s.RequestedTimestamp), ["CompletedTimestamp"] = JsonResponse.Epoch(s.CompletedTimestamp),
    };
}
