using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>What IAM users and roles have in common: identity, policies, boundary, tags.</summary>
public abstract class IamPrincipal
{
    public required string AccountId { get; init; }
    public required string Name { get; init; }
    public required string Id { get; init; }
    public string Path { get; init; } = "/";
    public DateTimeOffset CreateDate { get; init; }
    /// <summary>Before this instant (emulator clock) the entity is not yet visible: IAM's eventual consistency.</summary>
    public DateTimeOffset VisibleFrom { get; set; }
    public InlinePolicies InlinePolicies { get; } = new();
    public List<string> AttachedPolicyArns { get; } = new();
    public string? PermissionsBoundaryArn { get; set; }
    public Tags Tags { get; } = new();

    /// <summary>What authorisation still sees while a recent policy write is not yet in effect; null when none is pending.</summary>
    public PolicySnapshot? Stale { get; set; }

    /// <summary>The snapshot in effect at <paramref name="now"/>, if any.</summary>
    public PolicySnapshot? StaleAt(DateTimeOffset now) => Stale is { } s && now < s.Until ? s : null;

    public abstract string Arn { get; }
}
