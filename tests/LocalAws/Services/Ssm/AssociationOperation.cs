using System;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>CreateAssociation (State Manager): authorised on the document and on the node(s) it binds to.</summary>
public static class AssociationOperation
{
    public static JsonObject CreateAssociation(ServiceCall call)
    {
        string document = SsmDocuments.NameOf(call.Json.Required("Name"));
        string? instanceId = call.Json.Get("InstanceId");
        var targets = call.Json.Array("Targets");
        if (instanceId is not null && targets.Count > 0)
            throw Errors.Json("InvalidParameters", "InstanceId and Targets cannot both be specified.");
        var nodes = SsmTargets.Resolve(call, instanceId is null ? Array.Empty<string>() : new[] { instanceId }, targets);
        if (instanceId is null && targets.Count == 0) throw call.Json.Invalid("Either InstanceId or Targets must be specified.");
        SsmTargets.Demand(call, "ssm:CreateAssociation", document, nodes);
        if (!SsmDocuments.Exists(document, SsmDocuments.Type.Command)) throw Errors.Json("InvalidDocument", $"Document with name {document} does not exist.");
        if (instanceId is not null)
        {
            if (nodes[0].Node is null) throw Errors.Json("InvalidInstanceId", $"Instance {instanceId} does not exist.");
            if (call.World.Associations.Values.Any(a => a.AccountId == call.Caller.AccountId && a.Region == call.Region && a.Name == document && a.InstanceId == instanceId))
                throw Errors.Json("AssociationAlreadyExists", "The specified association already exists.");
        }

        var association = new SsmAssociation
        {
            AssociationId = Guid.NewGuid().ToString(), AccountId = call.Caller.AccountId, Region = call.Region, Name = document, InstanceId = instanceId,
            Targets = targets.Count == 0 ? null : (JsonArray)targets.DeepClone(), Parameters = call.Json.Body["Parameters"]?.DeepClone() as JsonObject,
            AssociationName = call.Json.Get("AssociationName"), ScheduleExpression = call.Json.Get("ScheduleExpression"), Date = call.Now,
        };
        call.World.Associations[association.AssociationId] = association;
        return new JsonObject { ["AssociationDescription"] = Json(association) };
    }

    private static JsonObject Json(SsmAssociation a)
    {
        var o = new JsonObject
        {
            ["Name"] = a.Name, ["AssociationVersion"] = "1", ["Date"] = JsonResponse.Epoch(a.Date),
            ["LastUpdateAssociationDate"] = JsonResponse.Epoch(a.Date),
            ["Overview"] = new JsonObject { ["Status"] = "Pending", ["DetailedStatus"] = "Creating" },
            ["DocumentVersion"] = "$DEFAULT", ["AssociationId"] = a.AssociationId,
            ["Parameters"] = a.Parameters?.DeepClone() ?? new JsonObject(),
            ["Targets"] = a.Targets?.DeepClone() ?? new JsonArray(),
            ["ApplyOnlyAtCronInterval"] = false,
        };
        if (a.InstanceId is not null)
        {
            o["InstanceId"] = a.InstanceId;
            o["Status"] = new JsonObject { ["Date"] = JsonResponse.Epoch(a.Date), ["Name"] = "Pending", ["Message"] = "Associated with " + a.Name };
        }
        if (a.AssociationName is not null) o["AssociationName"] = a.AssociationName;
        if (a.ScheduleExpression is not null) o["ScheduleExpression"] = a.ScheduleExpression;
        return o;
    }
}
