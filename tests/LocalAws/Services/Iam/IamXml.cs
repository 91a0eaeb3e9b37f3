using System.Linq;
using System.Xml.Linq;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>IAM's XML shapes: User, Role, Policy, PolicyVersion, tags, attached policies.</summary>
public static class IamXml
{
    public static XElement User(string element, IamUser u) =>
        Xml.E(element,
            Xml.E("Path", u.Path), Xml.E("UserName", u.Name), Xml.E("UserId", u.Id), Xml.E("Arn", u.Arn),
            Xml.Time("CreateDate", u.CreateDate), Boundary(u), TagList(u.Tags));

    public static XElement Role(string element, IamRole r) =>
        Xml.E(element,
            Xml.E("Path", r.Path), Xml.E("RoleName", r.Name), Xml.E("RoleId", r.Id), Xml.E("Arn", r.Arn),
            Xml.Time("CreateDate", r.CreateDate),
            Xml.E("AssumeRolePolicyDocument", Xml.UrlEncoded(r.AssumeRolePolicyDocument)),
            Xml.Opt("Description", r.Description), Xml.E("MaxSessionDuration", r.MaxSessionDuration.ToString()),
            Boundary(r), TagList(r.Tags), Xml.E("RoleLastUsed"));

    /// <summary>A managed policy, with its attachment counts in <paramref name="account"/>.</summary>
    public static XElement Policy(string element, ManagedPolicy p, IamAccount account, bool withTags = true)
    {
        var (attachments, boundaries) = IamLookup.Usage(account, p.Arn);
        return Xml.E(element,
            Xml.E("PolicyName", p.Name), Xml.E("PolicyId", p.Id), Xml.E("Arn", p.Arn), Xml.E("Path", p.Path),
            Xml.E("DefaultVersionId", p.DefaultVersionId), Xml.E("AttachmentCount", attachments.ToString()),
            Xml.E("PermissionsBoundaryUsageCount", boundaries.ToString()), Xml.Bool("IsAttachable", true),
            Xml.Opt("Description", p.Description), Xml.Time("CreateDate", p.CreateDate), Xml.Time("UpdateDate", p.UpdateDate),
            withTags ? TagList(p.Tags) : null);
    }

    public static XElement Version(string element, ManagedPolicy p, PolicyVersion v, bool withDocument) =>
        Xml.E(element,
            withDocument ? Xml.E("Document", Xml.UrlEncoded(v.Document)) : null,
            Xml.E("VersionId", v.VersionId), Xml.Bool("IsDefaultVersion", v.VersionId == p.DefaultVersionId),
            Xml.Time("CreateDate", v.CreateDate));

    public static XElement? Boundary(IamPrincipal p) => p.PermissionsBoundaryArn is null ? null :
        Xml.E("PermissionsBoundary", Xml.E("PermissionsBoundaryType", "Policy"), Xml.E("PermissionsBoundaryArn", p.PermissionsBoundaryArn));

    /// <summary>Tags as a list; omitted when empty, as IAM does in Get/List answers.</summary>
    public static XElement? TagList(Tags tags) => tags.Count == 0 ? null : Tags("Tags", tags);

    public static XElement Tags(string element, Tags tags) =>
        Xml.Members(element, tags.Select(t => (object)Xml.E("member", Xml.E("Key", t.Key), Xml.E("Value", t.Value))));

    public static XElement Attached(string element, World world, System.Collections.Generic.IEnumerable<string> arns) =>
        Xml.Members(element, arns.Select(arn => (object)Xml.E("member",
            Xml.E("PolicyName", world.FindPolicy(arn)?.Name ?? arn[(arn.LastIndexOf('/') + 1)..]), Xml.E("PolicyArn", arn))));
}
