using System.Xml.Linq;

namespace LocalAws.Protocol;

/// <summary>Renders Query-protocol (IAM, STS) answers and errors as XML.</summary>
public static class QueryResponse
{
    public static string Success(XNamespace ns, string action, XElement? result, string requestId)
    {
        var root = new XElement(action + "Response");
        if (result is not null)
        {
            result.Name = action + "Result";
            root.Add(result);
        }
        root.Add(new XElement("ResponseMetadata", new XElement("RequestId", requestId)));
        Xml.ApplyNamespace(root, ns);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    public static string Error(XNamespace ns, AwsException error, string requestId)
    {
        var root = new XElement("ErrorResponse",
            new XElement("Error",
                new XElement("Type", error.SenderFault ? "Sender" : "Receiver"),
                new XElement("Code", error.Code),
                new XElement("Message", error.Message)),
            new XElement("RequestId", requestId));
        Xml.ApplyNamespace(root, ns);
        return root.ToString(SaveOptions.DisableFormatting);
    }
}
