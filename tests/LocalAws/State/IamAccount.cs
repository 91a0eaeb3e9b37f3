using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>One AWS account's IAM: users, groups, roles and customer managed policies.</summary>
public sealed class IamAccount
{
    public IamAccount(string accountId) => AccountId = accountId;

    public string AccountId { get; }
    public Dictionary<string, IamUser> Users { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, IamGroup> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, IamRole> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, ManagedPolicy> Policies { get; } = new(StringComparer.Ordinal);
}
