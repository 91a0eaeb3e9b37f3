using System;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Sns;

/// <summary>
/// CreateTopic (idempotent: the caller's topic of that name is answered again) and ListTopics (the caller's topics
/// in the region, 100 a page), authorised as sns:CreateTopic on the topic's ARN and sns:ListTopics on *.
/// </summary>
public static class TopicOperations
{
    public static XElement Create(ServiceCall call)
    {
        string name = call.Query.Get("Name") ?? "";
        if (name.Length is < 1 or > 256 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw SnsErrors.InvalidParameter("Topic Name");
        string arn = $"arn:aws:sns:{call.Region}:{call.Caller.AccountId}:{name}";
        call.Demand("sns:CreateTopic", arn);
        if (!call.World.Topics.ContainsKey(arn))
            call.World.Topics[arn] = new SnsTopic { Arn = arn, Name = name, AccountId = call.Caller.AccountId, Region = call.Region, CreatedAt = call.Now };
        return Xml.E("Result", Xml.E("TopicArn", arn));
    }

    public static XElement List(ServiceCall call)
    {
        call.Demand("sns:ListTopics", "*");
        var topics = call.World.Topics.Values
            .Where(t => t.AccountId == call.Caller.AccountId && t.Region == call.Region)
            .Select(t => t.Arn).OrderBy(a => a, StringComparer.Ordinal).ToList();
        var (page, next) = Paging.Take(topics, call.Query.Get("NextToken"), 100, SnsErrors.InvalidParameter);
        return Xml.E("Result", Xml.Members("Topics", page.Select(a => (object)Xml.E("member", Xml.E("TopicArn", a)))), Xml.Opt("NextToken", next));
    }
}
