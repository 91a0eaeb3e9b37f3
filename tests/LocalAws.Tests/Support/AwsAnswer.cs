using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace LocalAws.Tests.Support;

/// <summary>An answer from LocalAws: status, body, and the error code whichever protocol it came in.</summary>
public sealed record AwsAnswer(HttpStatusCode Status, string Body, bool IsJson)
{
    public bool Ok => Status == HttpStatusCode.OK;

    public XElement Xml => XElement.Parse(Body);

    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    /// <summary>The first element with this local name anywhere in the XML answer.</summary>
    public string? X(string name) => Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    public string[] All(string name) => Xml.Descendants().Where(e => e.Name.LocalName == name).Select(e => e.Value).ToArray();

    public string? ErrorCode => Ok ? null : IsJson ? Json["__type"]?.GetValue<string>() : X("Code");

    public string? ErrorMessage => Ok ? null : IsJson ? Json["message"]?.GetValue<string>() : X("Message");

    public override string ToString() => $"{(int)Status} {Body}";
}
