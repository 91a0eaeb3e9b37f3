using System;
using System.Collections.Generic;
using System.Globalization;
using LocalAws.State;

namespace LocalAws.Authorization;

/// <summary>The global condition keys AWS puts in every request context (aws:PrincipalArn, aws:CurrentTime, …).</summary>
public static class ContextKeys
{
    public static Dictionary<string, IReadOnlyList<string>> For(
        Caller caller, DateTimeOffset now, string region, IReadOnlyList<string> calledVia, string? organizationId)
    {
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:PrincipalArn"] = One(caller.PrincipalArn),
            ["aws:PrincipalAccount"] = One(caller.AccountId),
            ["aws:PrincipalType"] = One(caller.PrincipalType),
            ["aws:userid"] = One(caller.UserId),
            ["aws:CurrentTime"] = One(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ["aws:EpochTime"] = One(now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ["aws:RequestedRegion"] = One(region),
            ["aws:SecureTransport"] = One("false"),
            ["aws:ViaAWSService"] = One(calledVia.Count > 0 ? "true" : "false"),
            ["aws:PrincipalIsAWSService"] = One("false"),
        };
        if (calledVia.Count > 0)
        {
            keys["aws:CalledVia"] = calledVia;
            keys["aws:CalledViaFirst"] = One(calledVia[0]);
            keys["aws:CalledViaLast"] = One(calledVia[^1]);
        }
        if (organizationId is not null) keys["aws:PrincipalOrgID"] = One(organizationId);
        if (caller.Session is null)
        {
            keys["aws:username"] = One(caller.Entity.Name);
        }
        else
        {
            var session = caller.Session;
            keys["aws:TokenIssueTime"] = One(session.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            keys["aws:MultiFactorAuthPresent"] = One("false");
            if (session.SourceIdentity is not null) keys["aws:SourceIdentity"] = One(session.SourceIdentity);
            keys["aws:RoleSessionName"] = One(session.SessionName);
            foreach (var (k, v) in session.SessionTags) keys["aws:PrincipalTag/" + k] = One(v);
        }
        foreach (var (k, v) in caller.Entity.Tags)
        {
            if (!keys.ContainsKey("aws:PrincipalTag/" + k)) keys["aws:PrincipalTag/" + k] = One(v);
        }
        return keys;
    }

    public static void AddRequestTags(Dictionary<string, IReadOnlyList<string>> keys, IReadOnlyCollection<KeyValuePair<string, string>> tags)
    {
        if (tags.Count == 0) return;
        var tagKeys = new List<string>();
        foreach (var (k, v) in tags)
        {
            keys["aws:RequestTag/" + k] = One(v);
            tagKeys.Add(k);
        }
        keys["aws:TagKeys"] = tagKeys;
    }

    public static IReadOnlyList<string> One(string value) => new[] { value };
}
