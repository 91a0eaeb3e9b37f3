using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LocalAws.Protocol;

/// <summary>The form-encoded parameters of an AWS Query request (IAM, STS), with typed accessors.</summary>
public sealed class QueryParameters
{
    private readonly Dictionary<string, string> values;

    public QueryParameters(Dictionary<string, string> values) => this.values = values;

    public static QueryParameters Parse(string form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in form.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            string key = Decode(eq < 0 ? pair : pair[..eq]);
            string value = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
            values[key] = value;
        }
        return new QueryParameters(values);
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));

    public IReadOnlyDictionary<string, string> All => values;

    public string? Get(string name) => values.TryGetValue(name, out var v) ? v : null;

    public string Required(string name)
    {
        var value = Get(name);
        if (string.IsNullOrEmpty(value))
            throw Errors.Validation($"1 validation error detected: Value null at '{Camel(name)}' failed to satisfy constraint: Member must not be null");
        return value;
    }

    public int? Int(string name)
    {
        var value = Get(name);
        if (value is null) return null;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
            throw Errors.Validation($"Value '{value}' at '{Camel(name)}' is not an integer.");
        return n;
    }

    public bool? Bool(string name)
    {
        var value = Get(name);
        return value is null ? null : string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Values of a list encoded as Name.member.1, Name.member.2, …</summary>
    public List<string> List(string name)
    {
        var list = new List<string>();
        for (int i = 1; values.TryGetValue($"{name}.member.{i}", out var v); i++) list.Add(v);
        return list;
    }

    /// <summary>Key/value pairs encoded as Name.member.N.Key / Name.member.N.Value.</summary>
    public List<KeyValuePair<string, string>> Pairs(string name)
    {
        var list = new List<KeyValuePair<string, string>>();
        for (int i = 1; values.TryGetValue($"{name}.member.{i}.Key", out var k); i++)
            list.Add(new(k, Get($"{name}.member.{i}.Value") ?? ""));
        return list;
    }

    /// <summary>Structures encoded as Name.member.N.Field.</summary>
    public List<string?> Fields(string name, string field)
    {
        var list = new List<string?>();
        for (int i = 1; HasMember(name, i); i++) list.Add(Get($"{name}.member.{i}.{field}"));
        return list;
    }

    private bool HasMember(string name, int i)
    {
        string prefix = $"{name}.member.{i}.";
        foreach (var key in values.Keys) if (key.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Camel(string name)
    {
        var sb = new StringBuilder(name);
        if (sb.Length > 0) sb[0] = char.ToLowerInvariant(sb[0]);
        return sb.ToString();
    }
}
