using System.Net;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>IpAddress/NotIpAddress values: CIDR blocks. A request value that is not an address satisfies neither IpAddress nor NotIpAddress.</summary>
    internal sealed class IpAddressConditionValues : IConditionValues
    {
        private readonly IpAddressRange[] ranges;

        private IpAddressConditionValues(IpAddressRange[] ranges) => this.ranges = ranges;

        public static bool TryCreate(string[] texts, out IpAddressConditionValues? values, out int badIndex)
        {
            var ranges = new IpAddressRange[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                if (!IpAddressRange.TryParse(texts[i], out var range))
                {
                    values = null;
                    badIndex = i;
                    return false;
                }
                ranges[i] = range!;
            }
            values = new IpAddressConditionValues(ranges);
            badIndex = -1;
            return true;
        }

        public ValueMatch MatchesAny(string requestValue, RequestContext context)
        {
            if (!IPAddress.TryParse(requestValue, out var address)) return ValueMatch.Unresolved;
            var bytes = address.GetAddressBytes();
            foreach (var range in ranges)
            {
                if (range.Contains(bytes)) return ValueMatch.Match;
            }
            return ValueMatch.NoMatch;
        }
    }
}
