using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.State;
using OsAccess.Core.Policy.Validation;

namespace LocalAws.Services.Sts;

/// <summary>
/// sts:AssumeRole as AWS does it: validates session name, duration (≤ MaxSessionDuration; ≤ 1 h when
/// role-chaining), source identity and tags; authorises against the caller's policies, SCPs and the role's
/// trust policy; issues expiring session credentials.
/// </summary>
public static class AssumeRoleOperation
{
    private const int ChainedMaximum = 3600;

    public static XElement Invoke(ServiceCall call)
    {
        var q = call.Query;
        string roleArn = q.Required("RoleArn");
        string sessionName = q.Required("RoleSessionName");
        NameRules.Check("roleSessionName", sessionName, 2, 64);
        string? sourceIdentity = q.Get("SourceIdentity") ?? call.Caller.Session?.SourceIdentity;
        if (q.Get("SourceIdentity") is string requested)
        {
            NameRules.Check("sourceIdentity", requested, 2, 64);
            if (call.Caller.Session?.SourceIdentity is string existing && existing != requested)
                throw Errors.AccessDenied("The source identity of a role session cannot be changed.");
        }
        int duration = q.Int("DurationSeconds") ?? 3600;
        if (duration is < 900 or > 43200)
            throw Errors.Validation($"1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value {(duration < 900 ? "greater than or equal to 900" : "less than or equal to 43200")}");
        var tags = q.Pairs("Tags");
        if (tags.Count > 50) throw Errors.Validation("1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50");
        string? sessionPolicy = q.Get("Policy");
        var policyArns = q.Fields("PolicyArns", "arn").Where(a => a is not null).Select(a => a!).ToList();
        if (sessionPolicy is not null)
        {
            // STS bounds the plaintext as given, whitespace included (a model constraint, so ValidationError).
            if (sessionPolicy.Length > PolicySizeLimits.SessionPolicyCharacters)
                throw Errors.Validation($"1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to {PolicySizeLimits.SessionPolicyCharacters}");
            if (PolicyProblems.Find(sessionPolicy, PolicyKind.Identity) is string problem) throw Errors.MalformedPolicyDocument(problem);
        }

        var role = FindRole(call, roleArn);
        var context = call.ContextKeys();
        context["sts:RoleSessionName"] = ContextKeys.One(sessionName);
        if (sourceIdentity is not null) context["sts:SourceIdentity"] = ContextKeys.One(sourceIdentity);
        if (q.Get("ExternalId") is string externalId) context["sts:ExternalId"] = ContextKeys.One(externalId);
        var transitive = q.List("TransitiveTagKeys");
        if (transitive.Count > 0) context["sts:TransitiveTagKeys"] = transitive;
        ContextKeys.AddRequestTags(context, tags);

        string resource = role?.Arn ?? roleArn;
        string account = role?.AccountId ?? ArnAccount(roleArn);
        string? trust = role is null ? null : PolicyGatherer.TrustPolicy(role, call.Now);
        call.Demand("sts:AssumeRole", resource, context, trust, account);
        if (tags.Count > 0) call.Demand("sts:TagSession", resource, context, trust, account);
        if (q.Get("SourceIdentity") is not null) call.Demand("sts:SetSourceIdentity", resource, context, trust, account);
        if (role is null) throw call.Denied("sts:AssumeRole", roleArn, new AuthorizationDecision(AuthorizationOutcome.ImplicitDeny, "identity-based policy"));

        bool chained = call.Caller.IsRoleSession;
        if (chained && duration > ChainedMaximum)
            throw Errors.Validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        if (!chained && duration > role.MaxSessionDuration)
            throw Errors.Validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

        var sessionTags = InheritedTags(call.Caller.Session);
        foreach (var (k, v) in tags)
        {
            if (sessionTags.ContainsKey(k) && call.Caller.Session!.TransitiveTagKeys.Contains(k, StringComparer.OrdinalIgnoreCase))
                throw Errors.Validation($"A transitive session tag ({k}) cannot be changed by role chaining.");
            sessionTags[k] = v;
        }
        var transitiveKeys = transitive.Concat(call.Caller.Session?.TransitiveTagKeys ?? Array.Empty<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var session = new StsSession
        {
            AccessKeyId = IdGenerator.AccessKeyId("ASIA"), SecretAccessKey = IdGenerator.Secret(), SessionToken = IdGenerator.SessionToken(),
            AccountId = role.AccountId, RoleName = role.Name, RoleArn = role.Arn, RoleId = role.Id, SessionName = sessionName,
            IssuedAt = call.Now, Expiration = call.Now.AddSeconds(duration), SourceIdentity = sourceIdentity,
            SessionPolicy = sessionPolicy, SessionPolicyArns = policyArns, SessionTags = sessionTags, TransitiveTagKeys = transitiveKeys,
        };
        call.World.StsSessions[session.AccessKeyId] = session;

        return Xml.E("Result",
            Xml.Opt("SourceIdentity", sourceIdentity),
            Xml.E("AssumedRoleUser", Xml.E("AssumedRoleId", session.UserId), Xml.E("Arn", session.Arn)),
            Xml.E("Credentials",
                Xml.E("AccessKeyId", session.AccessKeyId),
                Xml.E("SecretAccessKey", session.SecretAccessKey),
                Xml.E("SessionToken", session.SessionToken),
                Xml.Time("Expiration", session.Expiration)),
            tags.Count > 0 || sessionPolicy is not null ? Xml.E("PackedPolicySize", "6") : null);
    }

    /// <summary>The caller session's transitive tags, which a chained session keeps.</summary>
    private static Tags InheritedTags(StsSession? caller)
    {
        var tags = new Tags();
        if (caller is null) return tags;
        foreach (var key in caller.TransitiveTagKeys)
        {
            if (caller.SessionTags.TryGetValue(key, out var value)) tags[key] = value;
        }
        return tags;
    }

    private static IamRole? FindRole(ServiceCall call, string roleArn)
    {
        var parts = roleArn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || !parts[5].StartsWith("role/", StringComparison.Ordinal))
            throw Errors.Validation($"{roleArn} is invalid");
        string name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        if (!call.World.Accounts.TryGetValue(parts[4], out var account) || !account.Roles.TryGetValue(name, out var role)) return null;
        return role.VisibleFrom <= call.Now && role.Arn == roleArn ? role : null;
    }

    private static string ArnAccount(string arn) => arn.Split(':')[4];
}
