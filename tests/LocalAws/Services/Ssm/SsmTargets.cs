using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>
/// The nodes a command or association is for: InstanceIds, or Targets by <c>InstanceIds</c>, <c>tag:Key</c> or <c>tag-key</c>,
/// within the caller's account and Region. Ids that name no node stay in the list with no node, so they are still authorised.
/// </summary>
public static class SsmTargets
{
    public static List<(string Id, SsmInstance? Node)> Resolve(ServiceCall call, IEnumerable<string> instanceIds, JsonArray targets)
    {
        var ids = instanceIds.ToList();
        var nodes = new List<(string, SsmInstance?)>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (!id.StartsWith("i-", StringComparison.Ordinal) && !id.StartsWith("mi-", StringComparison.Ordinal))
                throw Errors.Json("InvalidInstanceId", $"Instance Id {id} doesn't match the expected pattern.");
            nodes.Add((id, InstanceLookup.Find(call, id)));
        }
        foreach (var target in targets.OfType<JsonObject>())
        {
            string key = target["Key"]?.GetValue<string>() ?? "";
            var values = (target["Values"] as JsonArray)?.Select(v => v?.GetValue<string>() ?? "").ToList() ?? new List<string>();
            Func<SsmInstance, bool> match = key switch
            {
                "InstanceIds" => n => values.Contains(n.InstanceId),
                "tag-key" => n => values.Any(n.Tags.ContainsKey),
                _ when key.StartsWith("tag:", StringComparison.Ordinal) => n => n.Tags.TryGetValue(key[4..], out var v) && values.Contains(v),
                _ => throw Errors.Json("InvalidTarget", $"Target key {key} is not valid: use InstanceIds, tag:<key> or tag-key."),
            };
            foreach (var node in call.World.Instances.Values.Where(n => n.AccountId == call.Caller.AccountId && n.Region == call.Region && match(n))
                         .OrderBy(n => n.InstanceId, StringComparer.Ordinal))
            {
                if (!nodes.Any(x => x.Item1 == node.InstanceId)) nodes.Add((node.InstanceId, node));
            }
        }
        return nodes;
    }

    /// <summary>Demands <paramref name="action"/> on the document and on every node, each with its tags.</summary>
    public static void Demand(ServiceCall call, string action, string document, IEnumerable<(string Id, SsmInstance? Node)> nodes)
    {
        call.Demand(action, SsmDocuments.Arn(document, call.Region, call.Caller.AccountId));
        foreach (var (id, node) in nodes) call.Demand(action, InstanceLookup.Arn(call, id, node), InstanceLookup.Context(call, node, "ssm:resourceTag/"));
    }

    /// <summary>Every node must be registered and online, as Run Command requires.</summary>
    public static void RequireOnline(ServiceCall call, IEnumerable<(string Id, SsmInstance? Node)> nodes)
    {
        var bad = nodes.Where(n => n.Node is not { PingStatus: "Online" }).Select(n => n.Id).ToList();
        if (bad.Count > 0)
            throw Errors.Json("InvalidInstanceId", $"Instances [[{string.Join(", ", bad)}]] not in a valid state for account {call.Caller.AccountId}");
    }
}
