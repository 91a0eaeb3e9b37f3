using System.Xml.Linq;
using LocalAws.Dispatch;

namespace LocalAws.Services.Iam;

/// <summary>Tag{User,Role}, Untag{User,Role}, List{User,Role}Tags.</summary>
public static class PrincipalTagOperations
{
    public static XElement? Tag(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        return IamTagging.Tag(call, $"iam:Tag{kind.Noun}", principal.Arn, principal.Tags, kind.NounLower);
    }

    public static XElement? Untag(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        return IamTagging.Untag(call, $"iam:Untag{kind.Noun}", principal.Arn, principal.Tags);
    }

    public static XElement List(ServiceCall call, PrincipalKind kind)
    {
        var principal = kind.From(call);
        call.Demand($"iam:List{kind.Noun}Tags", principal.Arn);
        return IamTagging.TagPage(call, principal.Tags);
    }
}
