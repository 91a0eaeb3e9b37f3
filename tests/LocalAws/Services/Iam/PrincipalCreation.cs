using System.Collections.Generic;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Iam;

/// <summary>What CreateUser and CreateRole share: the name and path rules, and the authorisation of the create.</summary>
public static class PrincipalCreation
{
    public static (string Name, string Path) NameAndPath(ServiceCall call, PrincipalKind kind)
    {
        string name = call.Query.Required(kind.NameParameter);
        NameRules.Check(kind.NounLower + "Name", name, 1, 64);
        return (name, NameRules.Path(call.Query.Get("Path")));
    }

    /// <summary>
    /// Reads the tags and the permissions boundary, demands iam:Create{User,Role} with them as request context
    /// (aws:RequestTag/*, aws:TagKeys, iam:PermissionsBoundary), and iam:Tag{User,Role} when tagged, and refuses a name already in use.
    /// The boundary comes back as given, not yet looked up.
    /// </summary>
    public static (List<KeyValuePair<string, string>> Tags, string? Boundary) Authorize(
        ServiceCall call, PrincipalKind kind, string name, string path, bool nameTaken)
    {
        var tags = IamTagging.Read(call);
        string? boundary = call.Query.Get("PermissionsBoundary");
        var context = call.ContextKeys();
        if (boundary is not null) context["iam:PermissionsBoundary"] = ContextKeys.One(boundary);
        string arn = $"arn:aws:iam::{call.Caller.AccountId}:{kind.NounLower}{path}{name}";
        IamTagging.DemandCreate(call, $"iam:Create{kind.Noun}", $"iam:Tag{kind.Noun}", arn, tags, context);
        if (nameTaken) throw Errors.EntityAlreadyExists($"{kind.Noun} with name {name} already exists.");
        return (tags, boundary);
    }
}
