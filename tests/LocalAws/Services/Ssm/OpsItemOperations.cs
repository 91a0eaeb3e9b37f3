using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>
/// CreateOpsItem, GetOpsItem, UpdateOpsItem, DescribeOpsItems. Each is authorised on the OpsItem's ARN
/// (arn:aws:ssm:region:account:opsitem/oi-…) with its tags as aws:ResourceTag/… and ssm:resourceTag/…; CreateOpsItem on *
/// with the tags asked for as aws:RequestTag/… and aws:TagKeys, and when tagged ssm:AddTagsToResource on the new item with
/// them; DescribeOpsItems on *. AWS records CreatedBy and LastModifiedBy
/// from the caller. DescribeOpsItems answers summaries: no Description, and only the SearchableString operational data.
/// </summary>
public static class OpsItemOperations
{
    private static readonly string[] Statuses = { "Open", "InProgress", "Resolved" };

    public static JsonObject CreateOpsItem(ServiceCall call)
    {
        string title = Length(call, "Title", call.Json.Required("Title"), 1024);
        string description = Length(call, "Description", call.Json.Required("Description"), 2048);
        string source = Length(call, "Source", call.Json.Required("Source"), 128);
        var tags = OpsItemTagOperations.ReadTags(call);
        var item = new OpsItem
        {
            OpsItemId = "oi-" + Hex(12), AccountId = call.Caller.AccountId, Region = call.Region, Title = title, Description = description,
            Source = source, Category = call.Json.Get("Category"), Severity = call.Json.Get("Severity"), Priority = call.Json.Int("Priority"),
            OpsItemType = call.Json.Get("OpsItemType") ?? "/aws/issue",
            CreatedBy = call.Caller.Arn, CreatedTime = Milliseconds(call.Now), LastModifiedBy = call.Caller.Arn, LastModifiedTime = Milliseconds(call.Now),
        };
        ReadOperationalData(call, item.OperationalData);
        item.Notifications.AddRange(Notifications(call));
        var context = call.ContextKeys();
        ContextKeys.AddRequestTags(context, tags);
        // CreateOpsItem has no resource type (Service Authorization Reference), and a tagged one takes ssm:AddTagsToResource on
        // the new item too (CreateOpsItem's Tags: "a user must have IAM permissions for both ...").
        call.Demand("ssm:CreateOpsItem", "*", context);
        if (tags.Count > 0) call.Demand("ssm:AddTagsToResource", item.Arn, context);
        foreach (var (k, v) in tags) item.Tags[k] = v;
        call.World.OpsItems[item.OpsItemId] = item;
        return new JsonObject { ["OpsItemId"] = item.OpsItemId, ["OpsItemArn"] = item.Arn };
    }

    public static JsonObject GetOpsItem(ServiceCall call)
    {
        var item = Authorize(call, "ssm:GetOpsItem", call.Json.Required("OpsItemId"));
        return new JsonObject { ["OpsItem"] = Full(item) };
    }

    public static JsonObject UpdateOpsItem(ServiceCall call)
    {
        var item = Authorize(call, "ssm:UpdateOpsItem", call.Json.Required("OpsItemId"));
        string? status = call.Json.Get("Status");
        if (status is not null && !Statuses.Contains(status))
            throw Errors.Json("OpsItemInvalidParameterException", $"The status {status} is not valid: give one of {string.Join(", ", Statuses)}.");
        string? title = call.Json.Get("Title");
        string? description = call.Json.Get("Description");
        if (title is not null) item.Title = Length(call, "Title", title, 1024);
        if (description is not null) item.Description = Length(call, "Description", description, 2048);
        ReadOperationalData(call, item.OperationalData);
        foreach (var key in call.Json.Array("OperationalDataToDelete").Select(k => k?.GetValue<string>() ?? "")) item.OperationalData.Remove(key);
        if (status is not null) item.Status = status;
        item.LastModifiedBy = call.Caller.Arn;
        item.LastModifiedTime = Milliseconds(call.Now);
        item.Version++;
        return new JsonObject();
    }

    public static JsonObject DescribeOpsItems(ServiceCall call)
    {
        call.Demand("ssm:DescribeOpsItems", "*");
        IEnumerable<OpsItem> items = call.World.OpsItems.Values.Where(i => i.AccountId == call.Caller.AccountId && i.Region == call.Region);
        foreach (var filter in call.Json.Array("OpsItemFilters").OfType<JsonObject>())
        {
            string key = filter["Key"]?.GetValue<string>() ?? "";
            string op = filter["Operator"]?.GetValue<string>() ?? "";
            var values = (filter["Values"] as JsonArray ?? new JsonArray()).Select(v => v?.GetValue<string>() ?? "").ToList();
            items = items.Where(Filter(key, op, values)).ToList();
        }
        var list = items.OrderByDescending(i => i.CreatedTime).ThenByDescending(i => i.OpsItemId, StringComparer.Ordinal).Select(Summary).ToList();
        return SsmPaging.Page(call, "OpsItemSummaries", list, 1, 50, 50);
    }

    /// <summary>Demands the action on the OpsItem with its tags; the caller's account's item, or OpsItemNotFoundException.</summary>
    internal static OpsItem Authorize(ServiceCall call, string action, string id)
    {
        var item = call.World.OpsItems.TryGetValue(id, out var found) && found.AccountId == call.Caller.AccountId && found.Region == call.Region ? found : null;
        var context = call.ContextKeys();
        if (item is not null) AddResourceTags(context, item.Tags);
        call.Demand(action, item?.Arn ?? $"arn:aws:ssm:{call.Region}:{call.Caller.AccountId}:opsitem/{id}", context);
        return item ?? throw Errors.Json("OpsItemNotFoundException", $"OpsItemId {id} not found.");
    }

    internal static void AddResourceTags(Dictionary<string, IReadOnlyList<string>> context, Tags tags)
    {
        foreach (var (k, v) in tags)
        {
            context["aws:ResourceTag/" + k] = ContextKeys.One(v);
            context["ssm:resourceTag/" + k] = ContextKeys.One(v);
        }
    }

    private static Func<OpsItem, bool> Filter(string key, string op, List<string> values) => (key, op) switch
    {
        ("Status", "Equal") => i => values.Contains(i.Status),
        ("Source", "Equal") => i => values.Contains(i.Source),
        ("Source", "Contains") => i => values.Any(v => i.Source.Contains(v, StringComparison.Ordinal)),
        ("OpsItemId", "Equal") => i => values.Contains(i.OpsItemId),
        ("CreatedBy", "Equal") => i => values.Contains(i.CreatedBy),
        ("Title", "Equal") => i => values.Contains(i.Title),
        ("Title", "Contains") => i => values.Any(v => i.Title.Contains(v, StringComparison.Ordinal)),
        ("CreatedTime", "GreaterThan") => i => values.Any(v => i.CreatedTime > Date(v)),
        ("CreatedTime", "LessThan") => i => values.Any(v => i.CreatedTime < Date(v)),
        ("LastModifiedTime", "GreaterThan") => i => values.Any(v => i.LastModifiedTime > Date(v)),
        ("LastModifiedTime", "LessThan") => i => values.Any(v => i.LastModifiedTime < Date(v)),
        _ => throw Errors.Json("OpsItemInvalidParameterException", $"The filter {key} with operator {op} is not valid."),
    };

    private static DateTimeOffset Date(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d
            : throw Errors.Json("OpsItemInvalidParameterException", $"The date {value} is not valid.");

    private static void ReadOperationalData(ServiceCall call, Dictionary<string, (string Type, string Value)> into)
    {
        if (call.Json.Body["OperationalData"] is not JsonObject data) return;
        foreach (var (key, node) in data)
        {
            foreach (var reserved in new[] { "amazon", "aws", "amzn", "ssm", "/amazon", "/aws", "/amzn", "/ssm" })
            {
                if (key.StartsWith(reserved, StringComparison.OrdinalIgnoreCase) && !key.StartsWith("/aws/", StringComparison.Ordinal))
                    throw Errors.Json("OpsItemInvalidParameterException", $"Operational data key {key} is reserved: keys can't begin with {reserved}.");
            }
            string type = node?["Type"]?.GetValue<string>() ?? "String";
            if (type is not ("String" or "SearchableString")) throw Errors.Json("OpsItemInvalidParameterException", $"The type {type} is not valid.");
            into[key] = (type, node?["Value"]?.GetValue<string>() ?? "");
        }
    }

    private static IEnumerable<string> Notifications(ServiceCall call) =>
        call.Json.Array("Notifications").OfType<JsonObject>().Select(n => n["Arn"]?.GetValue<string>() ?? "");

    private static string Length(ServiceCall call, string name, string value, int max) =>
        value.Length <= max && value.Trim().Length > 0
            ? value
            : throw call.Json.Invalid($"1 validation error detected: Value at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must have length between 1 and {max}");

    /// <summary>AWS answers times to the millisecond; keeping them so makes a filter on a time read back exact.</summary>
    private static DateTimeOffset Milliseconds(DateTimeOffset t) => DateTimeOffset.FromUnixTimeMilliseconds(t.ToUnixTimeMilliseconds());

    private static string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[System.Security.Cryptography.RandomNumberGenerator.GetInt32(16)]));

    private static JsonObject Common(OpsItem i)
    {
        var o = new JsonObject
        {
            ["OpsItemId"] = i.OpsItemId, ["Title"] = i.Title, ["Source"] = i.Source, ["Status"] = i.Status, ["OpsItemType"] = i.OpsItemType,
            ["CreatedBy"] = i.CreatedBy, ["CreatedTime"] = JsonResponse.Epoch(i.CreatedTime),
            ["LastModifiedBy"] = i.LastModifiedBy, ["LastModifiedTime"] = JsonResponse.Epoch(i.LastModifiedTime),
        };
        if (i.Category is not null) o["Category"] = i.Category;
        if (i.Severity is not null) o["Severity"] = i.Severity;
        if (i.Priority is not null) o["Priority"] = i.Priority;
        return o;
    }

    private static JsonObject Data(OpsItem i, bool searchableOnly)
    {
        var data = new JsonObject();
        foreach (var (k, (type, value)) in i.OperationalData)
        {
            if (!searchableOnly || type == "SearchableString") data[k] = new JsonObject { ["Type"] = type, ["Value"] = value };
        }
        return data;
    }

    private static JsonObject Full(OpsItem i)
    {
        var o = Common(i);
        o["Description"] = i.Description;
        o["OpsItemArn"] = i.Arn;
        o["Version"] = i.Version.ToString(CultureInfo.InvariantCulture);
        o["OperationalData"] = Data(i, searchableOnly: false);
        o["Notifications"] = new JsonArray(i.Notifications.Select(n => (JsonNode)new JsonObject { ["Arn"] = n }).ToArray());
        return o;
    }

    private static JsonObject Summary(OpsItem i)
    {
        var o = Common(i);
        o["OperationalData"] = Data(i, searchableOnly: true);
        return o;
    }
}
