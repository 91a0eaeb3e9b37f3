using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

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
}
