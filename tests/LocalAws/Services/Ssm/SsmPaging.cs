using System.Collections.Generic;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Ssm;

/// <summary>SSM's MaxResults/NextToken pagination, with each operation's bounds.</summary>
public static class SsmPaging
{
    public static JsonObject Page(ServiceCall call, string listName, IReadOnlyList<JsonObject> items, int min, int max, int defaultSize)
    {
        int size = call.Json.Int("MaxResults") ?? defaultSize;
        if (size < min || size > max)
            throw call.Json.Invalid($"1 validation error detected: Value '{size}' at 'maxResults' failed to satisfy constraint: Member must have value between {min} and {max}");
        return Paging.JsonPage(listName, items, call.Json.Get("NextToken"), size, m => Errors.Json("InvalidNextToken", m));
    }
}
