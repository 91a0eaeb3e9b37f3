using System.Text;

namespace OsAccess.Aws.Signing
{
    /// <summary>
    /// Percent-encoding as SigV4 defines it: every byte of the UTF-8 form except the unreserved
    /// characters <c>A-Z a-z 0-9 - _ . ~</c> becomes <c>%XY</c> with upper-case hex.
    /// </summary>
    public static class AwsUriEncoding
    {
        private const string Hex = "0123456789ABCDEF";

        public static string Encode(string value) => Encode(value, keepSlash: false);

        /// <summary>Encodes a path, leaving <c>/</c> as it is.</summary>
        public static string EncodePath(string path) => Encode(path, keepSlash: true);

        public static bool IsUnreserved(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == '~';

        private static string Encode(string value, bool keepSlash)
        {
            var result = new StringBuilder(value.Length * 2);
            foreach (byte b in Encoding.UTF8.GetBytes(value))
            {
                char c = (char)b;
                if (b < 0x80 && (IsUnreserved(c) || (keepSlash && c == '/')))
                {
                    result.Append(c);
                }
                else
                {
                    result.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
                }
            }

            return result.ToString();
        }
    }
}
