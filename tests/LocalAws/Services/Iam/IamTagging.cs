using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>
/// Tag, untag and list tags of an IAM resource, with IAM's limits (50 tags, key 128, value 256) and IAM's character
/// rule: keys and values of letters, numbers, spaces and <c>_ . : / = + - @</c> only ("Tag", IAM API Reference).
/// </summary>
public static class IamTagging
{
    public const int MaxTags = 50;

    /// <summary>IAM's patterns, as its API reference and its errors spell them.</summary>
    public const string KeyPattern = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]+";
    public const string ValuePattern = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]*";

    private static readonly Regex Key = new("^" + KeyPattern + "$", RegexOptions.CultureInvariant);
    private static readonly Regex Value = new("^" + ValuePattern + "$", RegexOptions.CultureInvariant);

    public static List<KeyValuePair<string, string>> Read(ServiceCall call)
    {
        var tags = call.Query.Pairs("Tags");
        for (int i = 0; i < tags.Count; i++)
        {
            var (k, v) = tags[i];
            string at = $"tags.{i + 1}.member";
            if (k.Length is < 1 or > 128) throw Refused(k, at + ".key", "Member must have length less than or equal to 128");
            if (!Key.IsMatch(k)) throw Refused(k, at + ".key", "Member must satisfy regular expression pattern: " + KeyPattern);
            if (v.Length > 256) throw Refused(v, at + ".value", "Member must have length less than or equal to 256");
            if (!Value.IsMatch(v)) throw Refused(v, at + ".value", "Member must satisfy regular expression pattern: " + ValuePattern);
        }
        return tags;
    }

    private static AwsException Refused(string value, string at, string constraint) =>
        Errors.Validation($"1 validation error detected: Value '{value}' at '{at}' failed to satisfy constraint: {constraint}");

    public static void Apply(Tags target, IReadOnlyCollection<KeyValuePair<string, string>> tags, string noun)
    {
        var merged = new Tags(target);
        foreach (var (k, v) in tags) merged[k] = v;
        if (merged.Count > MaxTags) throw Errors.LimitExceeded($"The number of tags has reached the maximum limit for {noun}.");
        foreach (var (k, v) in tags) target[k] = v;
    }

    /// <summary>Demands the action with aws:RequestTag/aws:TagKeys and the resource's aws:ResourceTag keys, added to the given context or the call's.</summary>
    public static void Demand(ServiceCall call, string action, string arn, Tags resourceTags, IReadOnlyCollection<KeyValuePair<string, string>> requestTags,
        Dictionary<string, IReadOnlyList<string>>? context = null)
    {
        context ??= call.ContextKeys();
        foreach (var (k, v) in resourceTags)
        {
            context["aws:ResourceTag/" + k] = ContextKeys.One(v);
            context["iam:ResourceTag/" + k] = ContextKeys.One(v);
        }
        ContextKeys.AddRequestTags(context, requestTags);
        call.Demand(action, arn, context);
    }

    /// <summary>
    /// Demands a create action with the tags asked for as request context and, when there are tags, the tag action too on
    /// the new entity: creating a tagged user, role or policy takes both permissions (as AWS's example policy "Create new
    /// users only with specific tags" allows iam:CreateUser with iam:TagUser; docs/operator-policy.md).
    /// </summary>
    public static void DemandCreate(ServiceCall call, string createAction, string tagAction, string arn,
        IReadOnlyCollection<KeyValuePair<string, string>> requestTags, Dictionary<string, IReadOnlyList<string>>? context = null)
    {
        Demand(call, createAction, arn, new Tags(), requestTags, context);
        if (requestTags.Count > 0) Demand(call, tagAction, arn, new Tags(), requestTags);
    }

    public static XElement? Tag(ServiceCall call, string action, string arn, Tags target, string noun)
    {
        var tags = Read(call);
        Demand(call, action, arn, target, tags);
        Apply(target, tags, noun);
        return null;
    }

    public static XElement? Untag(ServiceCall call, string action, string arn, Tags target)
    {
        var keys = call.Query.List("TagKeys");
        var context = call.ContextKeys();
        context["aws:TagKeys"] = keys;
        call.Demand(action, arn, context);
        foreach (var k in keys) target.Remove(k);
        return null;
    }

    /// <summary>A List*Tags answer: the tags by key, one page.</summary>
    public static XElement TagPage(ServiceCall call, Tags tags)
    {
        var (page, trailer) = IamPaging.Page(call, tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToList());
        return Xml.E("Result", IamXml.Tags("Tags", new Tags(page)), trailer);
    }
}
