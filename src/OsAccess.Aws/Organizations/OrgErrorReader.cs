using System.Text.Json;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Organizations
{
    /// <summary>Reads JSON 1.1 errors: <c>{"__type": "prefix#Code:extra", "Message": "…"}</c>.</summary>
    internal static class OrgErrorReader
    {
        public static AwsServiceException Read(AwsResponse response, string operation, string service)
        {
            string? type = null, message = null;
            try
            {
                using (var document = JsonDocument.Parse(response.Body))
                {
                    JsonElement root = document.RootElement;
                    type = OrgJson.Text(root, "__type") ?? OrgJson.Text(root, "code");
                    message = OrgJson.Text(root, "Message") ?? OrgJson.Text(root, "message");
                }
            }
            catch (JsonException)
            {
                // Not JSON: fall back to the HTTP status below.
            }

            return ServiceErrors.FromAnswer(response, service, operation, CodeOf(type), message, null);
        }

        /// <summary><c>com.amazonaws.organizations#AccessDeniedException:extra</c> → <c>AccessDeniedException</c>.</summary>
        public static string? CodeOf(string? type)
        {
            if (string.IsNullOrEmpty(type))
            {
                return null;
            }

            string code = type!.Substring(type.LastIndexOf('#') + 1);
            int colon = code.IndexOf(':');
            return colon < 0 ? code : code.Substring(0, colon);
        }
    }
}
