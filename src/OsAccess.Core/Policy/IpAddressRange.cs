using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// An IPv4 or IPv6 CIDR block (<c>203.0.113.0/24</c>, <c>2001:db8::/32</c>, RFC 4632); a bare address is a block of one.
    /// An IPv4 address has four dotted parts: <c>203.0.113</c>, which the system parser would read as 203.0.0.113, is refused.
    /// The validator and the evaluator read IpAddress values through this one parser.
    /// </summary>
    internal sealed class IpAddressRange
    {
        private readonly byte[] network;
        private readonly int prefixLength;

        private IpAddressRange(byte[] network, int prefixLength)
        {
            this.network = network;
            this.prefixLength = prefixLength;
        }

        public static bool TryParse(string text, out IpAddressRange? range)
        {
            range = null;
            var slash = text.IndexOf('/');
            var addressText = slash < 0 ? text : text.Substring(0, slash);
            if (!IPAddress.TryParse(addressText, out var address)) return false;
            if (address.AddressFamily == AddressFamily.InterNetwork && addressText.Split('.').Length != 4) return false;
            var bytes = address.GetAddressBytes();
            var prefix = bytes.Length * 8;
            if (slash >= 0 && (!int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bytes.Length * 8)) return false;
            range = new IpAddressRange(bytes, prefix);
            return true;
        }

        public bool Contains(byte[] address)
        {
            if (address.Length != network.Length) return false;
            var fullBytes = prefixLength / 8;
            for (var i = 0; i < fullBytes; i++)
            {
                if (address[i] != network[i]) return false;
            }
            var bits = prefixLength % 8;
            if (bits == 0) return true;
            var mask = (byte)(0xFF << (8 - bits));
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
