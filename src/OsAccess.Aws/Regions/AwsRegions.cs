using System;
using System.Collections.Generic;
using System.Linq;

namespace OsAccess.Aws.Regions
{
    /// <summary>
    /// The regions AWS offers (commercial, China, GovCloud), for completion and to refuse a misspelt name before a call
    /// goes to a host that does not exist. A region AWS opens later is refused until it is added here, unless an
    /// endpoint is configured (see <see cref="RequireKnown"/>).
    /// </summary>
    public static class AwsRegions
    {
        /// <summary>In AWS's order of listing, within each group.</summary>
        public static readonly IReadOnlyList<string> All = new[]
        {
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "af-south-1",
            "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-7",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ca-central-1", "ca-west-1",
            "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1",
            "il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1",
            "cn-north-1", "cn-northwest-1",
            "us-gov-west-1", "us-gov-east-1",
        };

        private static readonly HashSet<string> Known = new HashSet<string>(All, StringComparer.Ordinal);

        public static bool IsKnown(string region) => Known.Contains(region);

        /// <summary>The known names that start with <paramref name="prefix"/>, ignoring case.</summary>
        public static IEnumerable<string> StartingWith(string prefix) =>
            All.Where(region => region.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

        /// <summary>The known names closest to <paramref name="region"/> (fewest edits, ignoring case), at most three.</summary>
        public static IReadOnlyList<string> Nearest(string region)
        {
            string typed = region.Trim().ToLowerInvariant();
            var distances = All.Select(known => (Name: known, Distance: EditDistance(typed, known))).ToList();
            int best = distances.Min(d => d.Distance);
            return distances.Where(d => d.Distance == best).Select(d => d.Name).Take(3).ToList();
        }

        /// <summary>
        /// Refuses a name AWS does not have, naming where it came from and the nearest names. Callers skip this when an
        /// endpoint is configured: an emulator or a private endpoint may use any name.
        /// </summary>
        public static void RequireKnown(string region, string origin)
        {
            if (!IsKnown(region))
            {
                throw new ArgumentException(
                    $"'{region}' (from {origin}) is not an AWS region: did you mean {string.Join(" or ", Nearest(region))}? " +
                    "To use another name, point OsAccess at an endpoint with -EndpointUrl or AWS_ENDPOINT_URL.");
            }
        }

        /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
