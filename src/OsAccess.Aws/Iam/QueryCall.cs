using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Iam
{
    /// <summary>One call in the Query protocol (IAM's, and SNS's): the form body POSTed, the answer's <c>&lt;ActionResult&gt;</c> read.</summary>
    internal static class QueryCall
    {
        private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

        /// <summary>Sends the request and returns its <c>&lt;ActionResult&gt;</c> element (null for operations without output).</summary>
        public static async Task<XElement?> ResultAsync(AwsHttpChannel channel, string service, IamFormBody body, CancellationToken cancellationToken)
        {
            var response = await channel.SendAsync(new AwsRequest(body.Action, body.ToBytes(), FormContentType), cancellationToken).ConfigureAwait(false);
            try
            {
                return IamXml.Child(XDocument.Parse(response.Body).Root, body.Action + "Result");
            }
            catch (XmlException error)
            {
                throw ServiceErrors.Malformed(service, body.Action, response, error);
            }
        }
    }
}
