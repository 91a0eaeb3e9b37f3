using System;
using System.Collections.Generic;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.State;

namespace LocalAws.Services;

/// <summary>Finds the caller's instances and puts their tags into a request's context, as each service names them.</summary>
public static class InstanceLookup
{
    /// <summary>The node with this id in the caller's account and Region; null when there is none.</summary>
    public static SsmInstance? Find(ServiceCall call, string instanceId) =>
        call.World.Instances.TryGetValue(instanceId, out var found) && found.AccountId == call.Caller.AccountId && found.Region == call.Region
            ? found : null;

    /// <summary>The ARN AWS authorises on for a node id, whether or not the node exists.</summary>
    public static string Arn(ServiceCall call, string instanceId, SsmInstance? instance) =>
        instance?.Arn ?? (instanceId.StartsWith("mi-", StringComparison.Ordinal)
            ? $"arn:aws:ssm:{call.Region}:{call.Caller.AccountId}:managed-instance/{instanceId}"
            : $"arn:aws:ec2:{call.Region}:{call.Caller.AccountId}:instance/{instanceId}");

    /// <summary>The caller's context keys plus <c>aws:ResourceTag/…</c> and the service's own tag key (<c>ssm:resourceTag/…</c>, <c>ec2:ResourceTag/…</c>).</summary>
    public static Dictionary<string, IReadOnlyList<string>> Context(ServiceCall call, SsmInstance? instance, string serviceTagPrefix)
    {
        var context = call.ContextKeys();
        foreach (var (k, v) in instance?.Tags ?? new Tags())
        {
            context[serviceTagPrefix + k] = ContextKeys.One(v);
            context["aws:ResourceTag/" + k] = ContextKeys.One(v);
        }
        return context;
    }
}
