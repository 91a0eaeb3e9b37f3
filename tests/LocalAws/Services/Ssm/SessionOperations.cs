using System;
using System.Linq;
using System.Text.Json.Nodes;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>
/// StartSession, DescribeSessions, TerminateSession, ResumeSession. StartSession is authorised on the target node and
/// on the session document, like AWS; the session is tagged with its starter's aws:userid
/// (ssm:resourceTag/aws:ssmmessages:session-id), which the conditions on TerminateSession and ResumeSession test.
/// </summary>
public static class SessionOperations
{
    public const string SessionIdTag = "aws:ssmmessages:session-id";

    public static JsonObject StartSession(ServiceCall call)
    {
        string target = call.Json.Required("Target");
        string document = SsmDocuments.NameOf(call.Json.Get("DocumentName") ?? SsmDocuments.DefaultShell);
        string? reason = call.Json.Get("Reason");
        if (reason is { Length: > 256 }) throw call.Json.Invalid("1 validation error detected: Value at 'reason' failed to satisfy constraint: Member must have length less than or equal to 256");
        var instance = InstanceLookup.Find(call, target);
        string targetArn = InstanceLookup.Arn(call, target, instance);
        var context = InstanceLookup.Context(call, instance, "ssm:resourceTag/");
        call.Demand("ssm:StartSession", targetArn, context);
        if (!SsmDocuments.Exists(document, SsmDocuments.Type.Session))
            throw Errors.Json("InvalidDocument", $"Document with name {document} does not exist.");
        call.Demand("ssm:StartSession", SsmDocuments.Arn(document, call.Region, call.Caller.AccountId), call.ContextKeys());
        if (instance is null || instance.PingStatus != "Online")
            throw Errors.Json("TargetNotConnected", $"{target} is not connected.");

        string owner = call.Caller.Session?.SessionName ?? call.Caller.Entity.Name;
        var session = new SsmSession
        {
            SessionId = $"{owner}-{IdGenerator.Lower(17)}", AccountId = call.Caller.AccountId, Region = call.Region, Target = target,
            DocumentName = document, Owner = call.Caller.Arn, OwnerUserId = call.Caller.UserId, Reason = reason, StartDate = call.Now,
        };
        call.World.Sessions[session.SessionId] = session;
        return Opened(call, session);
    }

    public static JsonObject DescribeSessions(ServiceCall call)
    {
        string state = call.Json.Required("State");
        if (state is not ("Active" or "History"))
            throw call.Json.Invalid($"1 validation error detected: Value '{state}' at 'state' failed to satisfy constraint: Member must satisfy enum value set: [Active, History]");
        call.Demand("ssm:DescribeSessions", "*");
        var sessions = call.World.Sessions.Values
            .Where(s => s.AccountId == call.Caller.AccountId && s.Region == call.Region && s.IsActive == (state == "Active"));
        foreach (var filter in call.Json.Array("Filters").OfType<JsonObject>())
        {
            string key = filter["key"]?.GetValue<string>() ?? "";
            string value = filter["value"]?.GetValue<string>() ?? "";
            sessions = sessions.Where(SessionFilter(key, value));
        }
        var list = sessions.OrderByDescending(s => s.StartDate).Select(SsmJson.Session).ToList();
        return SsmPaging.Page(call, "Sessions", list, 1, 200, 20);
    }

    public static JsonObject TerminateSession(ServiceCall call)
    {
        string id = call.Json.Required("SessionId");
        var session = Authorize(call, "ssm:TerminateSession", id);
        if (session is { IsActive: true })
        {
            session.EndDate = call.Now;
            session.Status = "Terminated";
        }
        return new JsonObject { ["SessionId"] = id };
    }

    /// <summary>Reconnects to a session that is still open: a new token and stream URL, decided like TerminateSession.</summary>
    public static JsonObject ResumeSession(ServiceCall call)
    {
        string id = call.Json.Required("SessionId");
        var session = Authorize(call, "ssm:ResumeSession", id);
        if (session is not { IsActive: true }) throw Errors.Json("DoesNotExistException", $"Session with id {id} does not exist or has ended.");
        return Opened(call, session);
    }

    /// <summary>Demands the action on the session, with its aws:ssmmessages:session-id tag; returns the caller's account's session, or null.</summary>
    private static SsmSession? Authorize(ServiceCall call, string action, string id)
    {
        var session = call.World.Sessions.TryGetValue(id, out var s) && s.AccountId == call.Caller.AccountId ? s : null;
        var context = call.ContextKeys();
        if (session is not null)
        {
            context["ssm:resourceTag/" + SessionIdTag] = ContextKeys.One(session.OwnerUserId);
            context["aws:ResourceTag/" + SessionIdTag] = ContextKeys.One(session.OwnerUserId);
        }
        call.Demand(action, session?.Arn ?? $"arn:aws:ssm:{call.Region}:{call.Caller.AccountId}:session/{id}", context);
        return session;
    }

    private static JsonObject Opened(ServiceCall call, SsmSession session) => new()
    {
        ["SessionId"] = session.SessionId,
        ["TokenValue"] = IdGenerator.Secret(),
        ["StreamUrl"] = $"wss://ssmmessages.{call.Region}.amazonaws.com/v1/data-channel/{session.SessionId}?role=publish_subscribe&cell-number=AAEAAQ",
    };

    private static Func<SsmSession, bool> SessionFilter(string key, string value) => key switch
    {
        "InvokedAfter" => s => s.StartDate >= ParseDate(value),
        "InvokedBefore" => s => s.StartDate <= ParseDate(value),
        "Target" => s => s.Target == value,
        "Owner" => s => s.Owner == value,
        "Status" => s => s.Status == value,
        "SessionId" => s => s.SessionId == value,
        _ => throw Errors.Json("InvalidFilterKey", $"The filter key {key} is not valid."),
    };

    private static DateTimeOffset ParseDate(string value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)
            ? d
            : throw Errors.Json("ValidationException", $"Invalid date {value}.");
}
