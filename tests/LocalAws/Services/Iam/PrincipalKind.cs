using System;
using LocalAws.Dispatch;
using LocalAws.State;
using OsAccess.Core.Policy.Validation;

namespace LocalAws.Services.Iam;

/// <summary>What differs between users, groups and roles for the operations they share: names, lookups and quotas.</summary>
public sealed record PrincipalKind(
    string Noun,
    int InlineQuota,
    int ManagedQuota,
    Func<ServiceCall, string, IamPrincipal> Find)
{
    public static readonly PrincipalKind User = new("User", PolicySizeLimits.UserInlineCharacters, PolicyAttachmentLimits.ManagedPoliciesPerPrincipal, (c, n) => IamLookup.User(c, n));
    public static readonly PrincipalKind Group = new("Group", PolicySizeLimits.GroupInlineCharacters, PolicyAttachmentLimits.ManagedPoliciesPerPrincipal, (c, n) => IamLookup.Group(c, n));
    public static readonly PrincipalKind Role = new("Role", PolicySizeLimits.RoleInlineCharacters, PolicyAttachmentLimits.ManagedPoliciesPerPrincipal, (c, n) => IamLookup.Role(c, n));

    public string NameParameter => Noun + "Name";
    public string NounLower => Noun.ToLowerInvariant();

    public IamPrincipal From(ServiceCall call) => Find(call, call.Query.Required(NameParameter));
}
