using System.Xml.Linq;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Iam;

/// <summary>Put/Delete{User,Role}PermissionsBoundary.</summary>
public static class BoundaryOperations
{
    public static XElement? Put(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        string arn = call.Query.Required("PermissionsBoundary");
        var context = call.ContextKeys();
        context["iam:PermissionsBoundary"] = ContextKeys.One(arn);
        call.Demand($"iam:Put{kind.Noun}PermissionsBoundary", principal.Arn, context);
        IamLookup.Policy(call, arn);
        principal.PermissionsBoundaryArn = arn;
        return null;
    }

    public static XElement? Delete(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        call.Demand($"iam:Delete{kind.Noun}PermissionsBoundary", principal.Arn);
        if (principal.PermissionsBoundaryArn is null)
            throw Errors.NoSuchEntity($"The {kind.NounLower} {principal.Name} has no permissions boundary.");
        principal.PermissionsBoundaryArn = null;
        return null;
    }
}
