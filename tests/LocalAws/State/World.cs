using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>
/// Everything the emulator knows. One lock (<see cref="Gate"/>) guards it all: each API call runs
/// under it, which keeps every operation atomic and is fast enough for loopback rates.
/// </summary>
public sealed class World
{
    public object Gate { get; } = new();
    public Organization? Organization { get; set; }
    public Dictionary<string, IamAccount> Accounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ManagedPolicy> AwsManagedPolicies { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, AccessKey> AccessKeys { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, StsSession> StsSessions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SsmInstance> Instances { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SsmSession> Sessions { get; } = new(StringComparer.Ordinal);
    /// <summary>Run Command commands, State Manager associations and Automation executions, by id.</summary>
    public Dictionary<string, SsmCommand> Commands { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SsmAssociation> Associations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SsmAutomationExecution> AutomationExecutions { get; } = new(StringComparer.Ordinal);
    /// <summary>OpsCenter OpsItems by id.</summary>
    public Dictionary<string, OpsItem> OpsItems { get; } = new(StringComparer.Ordinal);
    /// <summary>"account/region" pairs where the EC2 serial console is switched on.</summary>
    public HashSet<string> SerialConsoleAccess { get; } = new(StringComparer.Ordinal);
    /// <summary>IAM Identity Center sign-ins by access token.</summary>
    public Dictionary<string, SsoSignIn> SsoSignIns { get; } = new(StringComparer.Ordinal);
    /// <summary>SNS topics by ARN, and every message published to them, oldest first.</summary>
    public Dictionary<string, SnsTopic> Topics { get; } = new(StringComparer.Ordinal);
    public List<SnsMessage> SnsMessages { get; } = new();

    /// <summary>The account whose credentials the banner prints: the management (hub) account.</summary>
    public string PrimaryAccountId { get; set; } = "";
    public string PrimaryAccessKeyId { get; set; } = "";

    /// <summary>Takes over the contents of another world (a seed loaded aside), dropping its own.</summary>
    public void ReplaceWith(World source)
    {
        Organization = source.Organization;
        Replace(Accounts, source.Accounts);
        Replace(AwsManagedPolicies, source.AwsManagedPolicies);
        Replace(AccessKeys, source.AccessKeys);
        Replace(StsSessions, source.StsSessions);
        Replace(Instances, source.Instances);
        Replace(Sessions, source.Sessions);
        Replace(Commands, source.Commands);
        Replace(Associations, source.Associations);
        Replace(AutomationExecutions, source.AutomationExecutions);
        Replace(OpsItems, source.OpsItems);
        SerialConsoleAccess.Clear();
        SerialConsoleAccess.UnionWith(source.SerialConsoleAccess);
        Replace(SsoSignIns, source.SsoSignIns);
        Replace(Topics, source.Topics);
        SnsMessages.Clear();
        SnsMessages.AddRange(source.SnsMessages);
        PrimaryAccountId = source.PrimaryAccountId;
        PrimaryAccessKeyId = source.PrimaryAccessKeyId;
    }

    private static void Replace<T>(Dictionary<string, T> target, Dictionary<string, T> source)
    {
        target.Clear();
        foreach (var (key, value) in source) target.Add(key, value);
    }

    public IamAccount Account(string accountId)
    {
        if (!Accounts.TryGetValue(accountId, out var account)) Accounts[accountId] = account = new IamAccount(accountId);
        return account;
    }

    /// <summary>Finds a managed policy by ARN, AWS managed or in its account.</summary>
    public ManagedPolicy? FindPolicy(string arn)
    {
        if (AwsManagedPolicies.TryGetValue(arn, out var aws)) return aws;
        var parts = arn.Split(':');
        if (parts.Length < 6 || !Accounts.TryGetValue(parts[4], out var account)) return null;
        return account.Policies.TryGetValue(arn, out var policy) ? policy : null;
    }
}
