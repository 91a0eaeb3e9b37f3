using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>IAM's Marker/MaxItems pagination: IsTruncated and Marker follow the list in the result.</summary>
public static class IamPaging
{
    public static (List<T> Page, XElement[] Trailer) Page<T>(ServiceCall call, IReadOnlyList<T> items)
    {
        int size = call.Query.Int("MaxItems") ?? 100;
        if (size is < 1 or > 1000)
            throw Errors.Validation($"1 validation error detected: Value '{size}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000");
        var (page, next) = Paging.Take(items, call.Query.Get("Marker"), size, Errors.Validation);
        var trailer = next is null
            ? new[] { Xml.Bool("IsTruncated", false) }
            : new[] { Xml.Bool("IsTruncated", true), Xml.E("Marker", next) };
        return (page, trailer);
    }

    /// <summary>A List{Users,Roles} answer: visible principals under PathPrefix, by name, one page.</summary>
    public static XElement Principals<T>(ServiceCall call, IEnumerable<T> principals, string listName, Func<T, XElement> render)
        where T : IamPrincipal
    {
        string prefix = call.Query.Get("PathPrefix") ?? "/";
        var visible = principals
            .Where(p => p.VisibleFrom <= call.Now && p.Path.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var (page, trailer) = Page(call, visible);
        return Xml.E("Result", Xml.Members(listName, page.Select(p => (object)render(p))), trailer);
    }
}
