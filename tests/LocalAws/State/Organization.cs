using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalAws.State;

/// <summary>An AWS Organization: root, OUs, accounts, SCPs and where they are attached.</summary>
public sealed class Organization
{
    public required string Id { get; init; }
    public required string ManagementAccountId { get; init; }
    public required string ManagementAccountEmail { get; init; }
    public required string RootId { get; init; }
    public string FeatureSet { get; init; } = "ALL";
    public bool ScpEnabled { get; set; }
    public Tags RootTags { get; } = new();
    public Dictionary<string, OrgUnit> Units { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, OrgAccount> Accounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, OrgPolicy> Policies { get; } = new(StringComparer.Ordinal);
    /// <summary>Target id (root, OU or account) → attached policy ids, in attachment order.</summary>
    public Dictionary<string, List<string>> Attachments { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, CreateAccountStatus> CreateAccountRequests { get; } = new(StringComparer.Ordinal);

    public string Arn => $"arn:aws:organizations::{ManagementAccountId}:organization/{Id}";
    public string RootArn => $"arn:aws:organizations::{ManagementAccountId}:root/{Id}/{RootId}";
    public string UnitArn(string ouId) => $"arn:aws:organizations::{ManagementAccountId}:ou/{Id}/{ouId}";
    public string AccountArn(string accountId) => $"arn:aws:organizations::{ManagementAccountId}:account/{Id}/{accountId}";

    /// <summary>The ARN of a root, OU or account by its id; null for an id that is none of them.</summary>
    public string? TargetArn(string targetId) =>
        targetId == RootId ? RootArn : Units.ContainsKey(targetId) ? UnitArn(targetId) : Accounts.ContainsKey(targetId) ? AccountArn(targetId) : null;

    public string PolicyArn(OrgPolicy policy) => policy.AwsManaged
        ? $"arn:aws:organizations::aws:policy/service_control_policy/{policy.Id}"
        : $"arn:aws:organizations::{ManagementAccountId}:policy/{Id}/service_control_policy/{policy.Id}";

    public bool TargetExists(string targetId) =>
        targetId == RootId || Units.ContainsKey(targetId) || Accounts.ContainsKey(targetId);

    public List<string> AttachedTo(string targetId) =>
        Attachments.TryGetValue(targetId, out var list) ? list : Attachments[targetId] = new List<string>();

    /// <summary>Ids from the root down to the account: root, OUs…, account.</summary>
    public List<string> PathOf(string accountId)
    {
        var path = new List<string> { accountId };
        string parent = Accounts[accountId].ParentId;
        while (parent != RootId)
        {
            path.Add(parent);
            parent = Units[parent].ParentId;
        }
        path.Add(RootId);
        path.Reverse();
        return path;
    }

    /// <summary>SCP contents attached at each level of the account's path, root first.</summary>
    public IReadOnlyList<Authorization.ScpLevel> ScpLevelsOf(string accountId) =>
        PathOf(accountId).Select(t => new Authorization.ScpLevel(t, AttachedTo(t).Select(p => Policies[p].Content).ToList())).ToList();
}
