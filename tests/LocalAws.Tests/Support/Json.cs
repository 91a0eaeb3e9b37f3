using System.Text.Json.Nodes;

namespace LocalAws.Tests.Support;

public static class J
{
    /// <summary>Builds a JSON object from name/value pairs.</summary>
    public static JsonObject O(params (string Name, JsonNode? Value)[] members)
    {
        var o = new JsonObject();
        foreach (var (name, value) in members) o[name] = value;
        return o;
    }
}
