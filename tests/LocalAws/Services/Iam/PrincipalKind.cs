using System;
using LocalAws.Dispatch;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>What differs between users and roles for the operations they share: names, lookups and quotas.</summary>
public sealed record PrincipalKind(
    string Noun,
    int InlineQuota,
    int ManagedQuota,
    Func<ServiceCall, string, IamPrincipal> Find)
{
    public static readonly PrincipalKind User = new("User", 2048, 10, (c, n) => IamLookup.User(c, n));
    public static readonly PrincipalKind Role = new("Role", 10240, 10, (c, n) => IamLookup.Role(c, n));

    public string NameParameter => Noun + "Name";
    public string NounLower => Noun.ToLowerInvariant();

    public IamPrincipal From(ServiceCall call) => Find(call, call.Query.Required(NameParameter));
}
