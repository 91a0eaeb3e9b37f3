using System.Xml.Linq;

namespace LocalAws.Protocol;

/// <summary>
/// EC2's flavour of the Query protocol: the answer's members sit directly under &lt;OpResponse&gt; beside &lt;requestId&gt;
/// (no Result wrapper, lower camel case), and errors come as &lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;… with &lt;RequestID&gt;.
/// </summary>
public static class Ec2Response
{
    public static string Success(XNamespace ns, string action, XElement? result, string requestId)
    {
        var root = new XElement(action + "Response", new XElement("requestId", requestId));
        if (result is not null) root.Add(result.Elements());
        Xml.ApplyNamespace(root, ns);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    public static string Error(AwsException error, string requestId) =>
        new XElement("Response",
            new XElement("Errors", new XElement("Error", new XElement("Code", error.Code), new XElement("Message", error.Message))),
            new XElement("RequestID", requestId)).ToString(SaveOptions.DisableFormatting);
}
