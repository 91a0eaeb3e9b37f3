using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace LocalAws.Services;

/// <summary>Opaque-token pagination over an ordered list (IAM's Marker, Organizations' and SSM's NextToken).</summary>
public static class Paging
{
    public static (List<T> Page, string? Next) Take<T>(IReadOnlyList<T> items, string? token, int size, Func<string, Exception> badToken)
    {
        int start = 0;
        if (!string.IsNullOrEmpty(token))
        {
            try
            {
                start = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split(':')[1], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
            {
                throw badToken("The specified pagination token is not valid.");
            }
            if (start < 0 || start > items.Count) throw badToken("The specified pagination token is not valid.");
        }
        var page = items.Skip(start).Take(size).ToList();
        int next = start + page.Count;
        return (page, next < items.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes("page:" + next.ToString(CultureInfo.InvariantCulture))) : null);
    }

    /// <summary>A JSON 1.1 list answer (Organizations, SSM): one page under the list's name, and NextToken while more remain.</summary>
    public static JsonObject JsonPage(string listName, IReadOnlyList<JsonObject> items, string? token, int size, Func<string, Exception> badToken)
    {
        var (page, next) = Take(items, token, size, badToken);
        var result = new JsonObject { [listName] = new JsonArray(page.Select(i => (JsonNode)i).ToArray()) };
        if (next is not null) result["NextToken"] = next;
        return result;
    }
}
