using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>DescribeInstanceInformation: managed nodes of the caller's account and Region, filtered and paginated.</summary>
public static class InstanceInformationOperation
{
    public static JsonObject Invoke(ServiceCall call)
    {
        call.Demand("ssm:DescribeInstanceInformation", "*");
        IEnumerable<SsmInstance> nodes = call.World.Instances.Values
            .Where(i => i.AccountId == call.Caller.AccountId && i.Region == call.Region);
        foreach (var f in call.Json.Array("InstanceInformationFilterList").OfType<JsonObject>())
            nodes = nodes.Where(Filter(f["key"]?.GetValue<string>() ?? "", Values(f["valueSet"])));
        foreach (var f in call.Json.Array("Filters").OfType<JsonObject>())
            nodes = nodes.Where(Filter(f["Key"]?.GetValue<string>() ?? "", Values(f["Values"])));
        var list = nodes.OrderBy(i => i.InstanceId, StringComparer.Ordinal).Select(SsmJson.Instance).ToList();
        return SsmPaging.Page(call, "InstanceInformationList", list, 5, 50, 50);
    }

    private static List<string> Values(JsonNode? node) =>
        (node as JsonArray)?.Select(v => v?.GetValue<string>() ?? "").ToList() ?? new List<string>();

    private static Func<SsmInstance, bool> Filter(string key, List<string> values)
    {
        if (values.Count == 0) throw Errors.Json("InvalidInstanceInformationFilterValue", $"The filter {key} needs at least one value.");
        if (key.StartsWith("tag:", StringComparison.Ordinal))
            return i => i.Tags.TryGetValue(key[4..], out var v) && values.Contains(v);
        return key switch
        {
            "InstanceIds" => CheckIds(values),
            "PingStatus" => i => values.Contains(i.PingStatus),
            "PlatformTypes" => i => values.Contains(i.PlatformType),
            "ResourceType" => i => values.Contains(i.ResourceType),
            "AgentVersion" => i => values.Contains(i.AgentVersion),
            "tag-key" => i => values.Any(i.Tags.ContainsKey),
            _ => throw Errors.Json("InvalidFilterKey", $"The filter key {key} is not valid."),
        };
    }

    private static Func<SsmInstance, bool> CheckIds(List<string> ids)
    {
        var bad = ids.FirstOrDefault(id => !id.StartsWith("i-", StringComparison.Ordinal) && !id.StartsWith("mi-", StringComparison.Ordinal));
        if (bad is not null) throw Errors.Json("InvalidInstanceId", $"Instance id {bad} is not valid.");
        return i => ids.Contains(i.InstanceId);
    }
}
