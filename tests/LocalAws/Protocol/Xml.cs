using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace LocalAws.Protocol;

/// <summary>Small helpers to build Query-protocol XML without repeating the namespace everywhere.</summary>
public static class Xml
{
    public static XElement E(string name, params object?[] content) => new(name, content.Where(c => c is not null));

    public static XElement? Opt(string name, string? value) => value is null ? null : new XElement(name, value);

    public static XElement Time(string name, DateTimeOffset value) => new(name, Iso(value));

    public static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static XElement Bool(string name, bool value) => new(name, value ? "true" : "false");

    /// <summary>A list in the Query protocol's shape: &lt;Name&gt;&lt;member&gt;…&lt;/member&gt;&lt;/Name&gt;.</summary>
    public static XElement Members(string name, System.Collections.Generic.IEnumerable<object> members) =>
        new(name, members.Select(m => m is XElement e && e.Name.LocalName == "member" ? e : new XElement("member", m)));

    /// <summary>Puts every element of the tree into the service's XML namespace.</summary>
    public static void ApplyNamespace(XElement root, XNamespace ns)
    {
        foreach (var e in root.DescendantsAndSelf()) e.Name = ns + e.Name.LocalName;
    }

    /// <summary>IAM returns policy documents URL-encoded, as RFC 3986 escaping does.</summary>
    public static string UrlEncoded(string document) => Uri.EscapeDataString(document);
}
