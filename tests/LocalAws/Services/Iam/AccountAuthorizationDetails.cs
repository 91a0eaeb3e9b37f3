using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>GetAccountAuthorizationDetails: every user, group, role and managed policy with their policies, paginated.</summary>
public static class AccountAuthorizationDetails
{
    private static readonly string[] Filters = { "User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy" };

    public static XElement Invoke(ServiceCall call)
    {
        call.Demand("iam:GetAccountAuthorizationDetails", "*");
        var filter = call.Query.List("Filter");
        foreach (var f in filter.Where(f => !Filters.Contains(f)))
            throw Errors.Validation($"1 validation error detected: Value '[{f}]' at 'filter' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", Filters)}]");
        bool Wants(string kind) => filter.Count == 0 || filter.Contains(kind);

        var account = IamLookup.Account(call);
        // Each item is rendered only once it is on the page asked for: a walk of n pages then costs n pages, not n times all.
        var items = new List<(string List, Func<XElement> Element)>();
        if (Wants("User"))
            items.AddRange(account.Users.Values.Where(u => u.VisibleFrom <= call.Now).OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase)
                .Select(u => ("UserDetailList", (Func<XElement>)(() => User(call.World, account, u)))));
        if (Wants("Group"))
            items.AddRange(account.Groups.Values.Where(g => g.VisibleFrom <= call.Now).OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
                .Select(g => ("GroupDetailList", (Func<XElement>)(() => Group(call.World, g)))));
        if (Wants("Role"))
            items.AddRange(account.Roles.Values.Where(r => r.VisibleFrom <= call.Now).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .Select(r => ("RoleDetailList", (Func<XElement>)(() => Role(call.World, r)))));
        if (Wants("LocalManagedPolicy"))
            items.AddRange(account.Policies.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => ("Policies", (Func<XElement>)(() => Policy(account, p)))));
        if (Wants("AWSManagedPolicy"))
        {
            var used = IamLookup.Principals(account).SelectMany(p => p.AttachedPolicyArns).ToHashSet();
            items.AddRange(call.World.AwsManagedPolicies.Values.Where(p => used.Contains(p.Arn)).OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => ("Policies", (Func<XElement>)(() => Policy(account, p)))));
        }
        var (lazyPage, trailer) = IamPaging.Page(call, items);
        var page = lazyPage.Select(i => (i.List, Element: i.Element())).ToList();
        return Xml.E("Result",
            Group(page, "UserDetailList"), Group(page, "GroupDetailList"), Group(page, "RoleDetailList"), Group(page, "Policies"),
            trailer);
    }

    private static XElement Group(List<(string List, XElement Element)> page, string list) =>
        Xml.Members(list, page.Where(i => i.List == list).Select(i => (object)i.Element));

    private static XElement Inline(string element, IamPrincipal p) =>
        Xml.Members(element, p.InlinePolicies.Select(kv => (object)Xml.E("member",
            Xml.E("PolicyName", kv.Key), Xml.E("PolicyDocument", Xml.UrlEncoded(kv.Value)))));

    private static XElement User(World world, IamAccount account, IamUser u) =>
        Xml.E("member",
            Xml.E("Path", u.Path), Xml.E("UserName", u.Name), Xml.E("UserId", u.Id), Xml.E("Arn", u.Arn),
            Xml.Time("CreateDate", u.CreateDate), Inline("UserPolicyList", u),
            Xml.Members("GroupList", GroupOperations.GroupsOf(account, u).Select(g => (object)g.Name)),
            IamXml.Attached("AttachedManagedPolicies", world, u.AttachedPolicyArns), IamXml.Boundary(u), IamXml.TagList(u.Tags));

    private static XElement Group(World world, IamGroup g) =>
        Xml.E("member",
            Xml.E("Path", g.Path), Xml.E("GroupName", g.Name), Xml.E("GroupId", g.Id), Xml.E("Arn", g.Arn),
            Xml.Time("CreateDate", g.CreateDate), Inline("GroupPolicyList", g),
            IamXml.Attached("AttachedManagedPolicies", world, g.AttachedPolicyArns));

    private static XElement Role(World world, IamRole r) =>
        Xml.E("member",
            Xml.E("Path", r.Path), Xml.E("RoleName", r.Name), Xml.E("RoleId", r.Id), Xml.E("Arn", r.Arn),
            Xml.Time("CreateDate", r.CreateDate),
            Xml.E("AssumeRolePolicyDocument", Xml.UrlEncoded(r.AssumeRolePolicyDocument)),
            Xml.E("InstanceProfileList"), Inline("RolePolicyList", r),
            IamXml.Attached("AttachedManagedPolicies", world, r.AttachedPolicyArns), IamXml.Boundary(r), IamXml.TagList(r.Tags),
            Xml.E("RoleLastUsed"));

    private static XElement Policy(IamAccount account, ManagedPolicy p)
    {
        var element = IamXml.Policy("member", p, account, withTags: false);
        element.Add(Xml.Members("PolicyVersionList", p.Versions.Select(v => (object)IamXml.Version("member", p, v, withDocument: true))));
        return element;
    }
}
