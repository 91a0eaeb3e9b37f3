using System.Collections.Generic;
using System.Linq;
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
        var (page, next) = Paging.Take(items, call.Json.Get("NextToken"), size, m => Errors.Json("InvalidNextToken", m));
        var result = new JsonObject { [listName] = new JsonArray(page.Select(i => (JsonNode)i).ToArray()) };
        if (next is not null) result["NextToken"] = next;
        return result;
    }
}
