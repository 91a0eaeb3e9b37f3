using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.State;

namespace LocalAws.Services.Organizations;

/// <summary>
/// TagResource, UntagResource and ListTagsForResource on policies, OUs, accounts and the root; the tag rules (key 1–128,
/// value 0–256 characters of letters, digits, spaces and <c>_ . : / = + - @</c>, at most 50 per resource) shared with CreatePolicy.
/// </summary>
public static partial class OrgTagOperations
{
    public const int MaxTagsPerResource = 50;

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex TagText();

    public static JsonObject TagResource(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var (arn, tags) = Resource(org, call.Json.Required("ResourceId"));
        var added = Read(call, call.Json.Array("Tags"));
        var context = call.ContextKeys();
        ContextKeys.AddRequestTags(context, added);
        call.Demand("organizations:TagResource", arn, context);
        Apply(tags, added);
        return new JsonObject();
    }

    public static JsonObject UntagResource(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var (arn, tags) = Resource(org, call.Json.Required("ResourceId"));
        var keys = call.Json.Array("TagKeys").Select(k => k?.GetValue<string>() ?? "").ToList();
        foreach (var key in keys) CheckText(key, "TagKey", 1, 128);
        var context = call.ContextKeys();
        if (keys.Count > 0) context["aws:TagKeys"] = keys;
        call.Demand("organizations:UntagResource", arn, context);
        foreach (var key in keys) tags.Remove(key);
        return new JsonObject();
    }

    public static JsonObject ListTagsForResource(ServiceCall call)
    {
        var org = OrgLookup.Managed(call);
        var (arn, tags) = Resource(org, call.Json.Required("ResourceId"));
        call.Demand("organizations:ListTagsForResource", arn);
        var list = tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value }).ToList();
        return OrgPaging.Page(call, "Tags", list);
    }

    /// <summary>The Tags member of a request, checked as Organizations checks it; the whole request fails on one bad tag.</summary>
    public static List<KeyValuePair<string, string>> Read(ServiceCall call, JsonArray tags)
    {
        var read = new List<KeyValuePair<string, string>>();
        foreach (var tag in tags.OfType<JsonObject>())
        {
            string key = tag["Key"]?.GetValue<string>() ?? throw OrgErrors.InvalidInput("INPUT_REQUIRED", "You must specify a tag key.");
            string value = tag["Value"]?.GetValue<string>() ?? throw OrgErrors.InvalidInput("INPUT_REQUIRED", "You must specify a tag value; it can be empty, not null.");
            CheckText(key, "TagKey", 1, 128);
            CheckText(value, "TagValue", 0, 256);
            if (read.Any(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase)))
                throw OrgErrors.InvalidInput("DUPLICATE_TAG_KEY", $"You specified the tag key {key} more than once.");
            read.Add(new(key, value));
        }
        return read;
    }

    /// <summary>Adds or overwrites the tags; fails, changing nothing, if the resource would hold more than 50.</summary>
    public static void Apply(Tags tags, IReadOnlyCollection<KeyValuePair<string, string>> added)
    {
        CheckCount(tags, added);
        foreach (var (k, v) in added) tags[k] = v;
    }

    public static void CheckCount(Tags tags, IReadOnlyCollection<KeyValuePair<string, string>> added)
    {
        int count = tags.Count + added.Count(t => !tags.ContainsKey(t.Key));
        if (count > MaxTagsPerResource)
            throw Protocol.Errors.OrgConstraint("MAX_TAG_LIMIT_EXCEEDED", $"You have exceeded the maximum number of tags ({MaxTagsPerResource}) on this resource.");
    }

    private static void CheckText(string text, string member, int min, int max)
    {
        if (text.Length < min) throw OrgErrors.InvalidInput("MIN_LENGTH_EXCEEDED", $"The {member} must be at least {min} character long.");
        if (text.Length > max) throw OrgErrors.InvalidInput("MAX_LENGTH_EXCEEDED", $"The {member} must be at most {max} characters.");
        if (!TagText().IsMatch(text)) throw OrgErrors.InvalidInput("INVALID_PATTERN", $"The {member} \"{text}\" may contain only letters, numbers, spaces and _ . : / = + - @.");
    }

    private static (string Arn, Tags Tags) Resource(Organization org, string id)
    {
        if (id == org.RootId) return (org.RootArn, org.RootTags);
        if (org.Units.TryGetValue(id, out var unit)) return (org.UnitArn(id), unit.Tags);
        if (org.Accounts.TryGetValue(id, out var account)) return (org.AccountArn(id), account.Tags);
        if (org.Policies.TryGetValue(id, out var policy))
        {
            if (policy.AwsManaged) throw OrgErrors.InvalidInput("IMMUTABLE_POLICY", "You can't tag an AWS managed policy.");
            return (org.PolicyArn(policy), policy.Tags);
        }
        if (!Regex.IsMatch(id, @"^(r-[0-9a-z]{4,32}|\d{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|p-[0-9a-zA-Z_]{8,128}|rp-[0-9a-zA-Z_]{4,128})$"))
            throw OrgErrors.InvalidInput("INVALID_PATTERN_TARGET_ID", $"The ResourceId {id} is not a root, OU, account or policy id.");
        throw OrgErrors.TargetNotFound();
    }
}
