using System.Text.Json.Nodes;

namespace LocalAws.Protocol;

/// <summary>Typed accessors for a JSON 1.1 request body, failing with the service's validation error.</summary>
public sealed class JsonInput
{
    private readonly JsonObject body;
    private readonly string validationCode;

    public JsonInput(JsonObject body, string validationCode)
    {
        this.body = body;
        this.validationCode = validationCode;
    }

    public JsonObject Body => body;

    public string? Get(string name) => body[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public string Required(string name)
    {
        var value = Get(name);
        if (string.IsNullOrEmpty(value))
            throw Errors.Json(validationCode, $"1 validation error detected: Value null at '{name}' failed to satisfy constraint: Member must not be null");
        return value;
    }

    public int? Int(string name) => body[name] is JsonValue v && v.TryGetValue(out int n) ? n : null;

    public JsonArray Array(string name) => body[name] as JsonArray ?? new JsonArray();

    public AwsException Invalid(string message) => Errors.Json(validationCode, message);
}
