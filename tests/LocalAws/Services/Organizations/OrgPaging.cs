using System.Collections.Generic;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;

namespace LocalAws.Services.Organizations;

/// <summary>Organizations' MaxResults (1–20) / NextToken pagination.</summary>
public static class OrgPaging
{
    public static JsonObject Page(ServiceCall call, string listName, IReadOnlyList<JsonObject> items)
    {
        int size = call.Json.Int("MaxResults") ?? 20;
        if (size is < 1 or > 20)
            throw OrgErrors.InvalidInput(size < 1 ? "MIN_VALUE_EXCEEDED" : "MAX_VALUE_EXCEEDED", "You specified a MaxResults value outside the range 1-20.");
        return Paging.JsonPage(listName, items, call.Json.Get("NextToken"), size, m => OrgErrors.InvalidInput("INVALID_PAGINATION_TOKEN", m));
    }
}
