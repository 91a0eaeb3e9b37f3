using System.Xml;
using System.Xml.Linq;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Iam
{
    /// <summary>Reads <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>.</summary>
    internal static class IamErrorReader
    {
        public static AwsServiceException Read(AwsResponse response, string operation, string service)
        {
            XElement? root = null;
            try
            {
                root = XDocument.Parse(response.Body).Root;
            }
            catch (XmlException)
            {
                // Not XML (a proxy, a load balancer): fall back to the HTTP status below.
            }

            XElement? error = IamXml.Child(root, "Error");
            return ServiceErrors.FromAnswer(response, service, operation, IamXml.Text(error, "Code"), IamXml.Text(error, "Message"), IamXml.Text(root, "RequestId"));
        }
    }
}
