using System.Collections.Generic;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;

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
}
