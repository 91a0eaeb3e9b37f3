using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LocalAws.Signing;

/// <summary>SigV4's canonical request: method, URI, sorted query, signed headers and payload hash.</summary>
public static class CanonicalRequest
{
    public static string Build(SignedRequest request)
    {
        var sb = new StringBuilder();
        sb.Append(request.Method).Append('\n');
        sb.Append(CanonicalUri(request.Path)).Append('\n');
        sb.Append(CanonicalQuery(request.QueryString)).Append('\n');
        foreach (var name in request.Authorization.SignedHeaders)
        {
            request.Headers.TryGetValue(name, out var value);
            sb.Append(name).Append(':').Append(TrimAll(value ?? "")).Append('\n');
        }
        sb.Append('\n');
        sb.Append(string.Join(';', request.Authorization.SignedHeaders)).Append('\n');
        sb.Append(request.PayloadHash);
        return sb.ToString();
    }

    private static string CanonicalUri(string path)
    {
        if (string.IsNullOrEmpty(path)) return "/";
        var segments = path.Split('/').Select(s => Encode(Uri.UnescapeDataString(s)));
        return string.Join('/', segments.Select(Encode));
    }

    private static string CanonicalQuery(string query)
    {
        if (string.IsNullOrEmpty(query)) return "";
        var pairs = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            int eq = p.IndexOf('=');
            string k = eq < 0 ? p : p[..eq], v = eq < 0 ? "" : p[(eq + 1)..];
            return (Key: Encode(Uri.UnescapeDataString(k)), Value: Encode(Uri.UnescapeDataString(v.Replace('+', ' '))));
        });
        return string.Join('&', pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
    }

    private static string Encode(string s) => Uri.EscapeDataString(s);

    private static string TrimAll(string value)
    {
        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value.Trim())
        {
            if (c == ' ') { if (!space) sb.Append(c); space = true; }
            else { sb.Append(c); space = false; }
        }
        return sb.ToString();
    }
}
