using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>
/// AddTagsToResource, RemoveTagsFromResource and ListTagsForResource for ResourceType OpsItem (the only type LocalAws tags
/// in SSM), authorised on the OpsItem's ARN with its tags as aws:ResourceTag/…, for AddTagsToResource the new tags as
/// aws:RequestTag/… and aws:TagKeys, for RemoveTagsFromResource the keys as aws:TagKeys.
/// </summary>
public static class OpsItemTagOperations
{
    public static JsonObject AddTagsToResource(ServiceCall call)
    {
        string id = Resource(call);
        var tags = ReadTags(call);
        if (tags.Count == 0) throw call.Json.Invalid("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
        var item = call.World.OpsItems.TryGetValue(id, out var found) && found.AccountId == call.Caller.AccountId && found.Region == call.Region ? found : null;
        var context = call.ContextKeys();
        if (item is not null) OpsItemOperations.AddResourceTags(context, item.Tags);
        ContextKeys.AddRequestTags(context, tags);
        call.Demand("ssm:AddTagsToResource", item?.Arn ?? $"arn:aws:ssm:{call.Region}:{call.Caller.AccountId}:opsitem/{id}", context);
        if (item is null) throw Errors.Json("InvalidResourceId", $"The resource ID {id} is not valid. Verify that you entered the correct ID and try again.");
        if (item.Tags.Count + tags.Count(t => !item.Tags.ContainsKey(t.Key)) > 50)
            throw Errors.Json("TooManyTagsError", "The Targets parameter includes too many tags. Remove one or more tags and try the command again.");
        foreach (var (k, v) in tags) item.Tags[k] = v;
        return new JsonObject();
    }

    public static JsonObject RemoveTagsFromResource(ServiceCall call)
    {
        string id = Resource(call);
        var keys = call.Json.Array("TagKeys").Select(k => k?.GetValue<string>() ?? "").ToList();
        if (keys.Count == 0) throw call.Json.Invalid("1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
        var item = call.World.OpsItems.TryGetValue(id, out var found) && found.AccountId == call.Caller.AccountId && found.Region == call.Region ? found : null;
        var context = call.ContextKeys();
        if (item is not null) OpsItemOperations.AddResourceTags(context, item.Tags);
        context["aws:TagKeys"] = keys;
        call.Demand("ssm:RemoveTagsFromResource", item?.Arn ?? $"arn:aws:ssm:{call.Region}:{call.Caller.AccountId}:opsitem/{id}", context);
        if (item is null) throw Errors.Json("InvalidResourceId", $"The resource ID {id} is not valid. Verify that you entered the correct ID and try again.");
        foreach (var key in keys) item.Tags.Remove(key);
        return new JsonObject();
    }

    public static JsonObject ListTagsForResource(ServiceCall call)
    {
        string id = Resource(call);
        if (!call.World.OpsItems.ContainsKey(id))
        {
            call.Demand("ssm:ListTagsForResource", $"arn:aws:ssm:{call.Region}:{call.Caller.AccountId}:opsitem/{id}");
            throw Errors.Json("InvalidResourceId", $"The resource ID {id} is not valid. Verify that you entered the correct ID and try again.");
        }
        var item = OpsItemOperations.Authorize(call, "ssm:ListTagsForResource", id);
        return new JsonObject
        {
            ["TagList"] = new JsonArray(item.Tags.OrderBy(t => t.Key, System.StringComparer.Ordinal)
                .Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value }).ToArray()),
        };
    }

    internal static List<KeyValuePair<string, string>> ReadTags(ServiceCall call)
    {
        var tags = new List<KeyValuePair<string, string>>();
        foreach (var tag in call.Json.Array("Tags").OfType<JsonObject>())
        {
            string key = tag["Key"]?.GetValue<string>() ?? "";
            string value = tag["Value"]?.GetValue<string>() ?? "";
            if (key.Length is 0 or > 128 || value.Length > 256)
                throw call.Json.Invalid("1 validation error detected: Value at 'tags' failed to satisfy constraint: a key has 1 to 128 characters, a value at most 256");
            if (key.StartsWith("aws:", System.StringComparison.OrdinalIgnoreCase))
                throw Errors.Json("InvalidParameters", "Tag keys starting with aws: are reserved.");
            tags.Add(new KeyValuePair<string, string>(key, value));
        }
        return tags;
    }

    private static string Resource(ServiceCall call)
    {
        string type = call.Json.Required("ResourceType");
        string id = call.Json.Required("ResourceId");
        if (type != "OpsItem") throw Errors.Json("InvalidResourceType", $"LocalAws tags only OpsItems in Systems Manager, not {type}.");
        return id;
    }
}
