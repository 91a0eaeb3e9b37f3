using System;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>SendCommand (Run Command): authorised on the document and on every target node, as AWS does.</summary>
public static class CommandOperation
{
    public static JsonObject SendCommand(ServiceCall call)
    {
        string document = SsmDocuments.NameOf(call.Json.Required("DocumentName"));
        var ids = call.Json.Array("InstanceIds").Select(v => v?.GetValue<string>() ?? "");
        var targets = call.Json.Array("Targets");
        var nodes = SsmTargets.Resolve(call, ids, targets);
        if (call.Json.Array("InstanceIds").Count == 0 && targets.Count == 0)
            throw call.Json.Invalid("Either InstanceIds or Targets must be specified.");
        SsmTargets.Demand(call, "ssm:SendCommand", document, nodes);
        if (!SsmDocuments.Exists(document, SsmDocuments.Type.Command)) throw Errors.Json("InvalidDocument", $"Document with name {document} does not exist.");
        SsmTargets.RequireOnline(call, nodes);

        var command = new SsmCommand
        {
            CommandId = Guid.NewGuid().ToString(), AccountId = call.Caller.AccountId, Region = call.Region, DocumentName = document,
            InstanceIds = call.Json.Array("InstanceIds").Select(v => v!.GetValue<string>()).ToList(),
            Targets = targets.Count == 0 ? null : (JsonArray)targets.DeepClone(),
            Parameters = call.Json.Body["Parameters"]?.DeepClone() as JsonObject, Comment = call.Json.Get("Comment"),
            RequestedBy = call.Caller.Arn, RequestedDateTime = call.Now, TimeoutSeconds = call.Json.Int("TimeoutSeconds") ?? 3600,
            MaxConcurrency = call.Json.Get("MaxConcurrency") ?? "50", MaxErrors = call.Json.Get("MaxErrors") ?? "0",
        };
        call.World.Commands[command.CommandId] = command;
        return new JsonObject { ["Command"] = Json(command, nodes.Count) };
    }

    private static JsonObject Json(SsmCommand c, int targetCount)
    {
        var o = new JsonObject
        {
            ["CommandId"] = c.CommandId, ["DocumentName"] = c.DocumentName, ["DocumentVersion"] = "$DEFAULT",
            ["ExpiresAfter"] = JsonResponse.Epoch(c.RequestedDateTime.AddSeconds(c.TimeoutSeconds)),
            ["Parameters"] = c.Parameters?.DeepClone() ?? new JsonObject(),
            ["InstanceIds"] = new JsonArray(c.InstanceIds.Select(i => (JsonNode)i!).ToArray()),
            ["Targets"] = c.Targets?.DeepClone() ?? new JsonArray(),
            ["RequestedDateTime"] = JsonResponse.Epoch(c.RequestedDateTime), ["Status"] = "Pending", ["StatusDetails"] = "Pending",
            ["MaxConcurrency"] = c.MaxConcurrency, ["MaxErrors"] = c.MaxErrors, ["TargetCount"] = targetCount,
            ["CompletedCount"] = 0, ["ErrorCount"] = 0, ["DeliveryTimedOutCount"] = 0, ["TimeoutSeconds"] = c.TimeoutSeconds,
        };
        if (c.Comment is not null) o["Comment"] = c.Comment;
        return o;
    }
}
