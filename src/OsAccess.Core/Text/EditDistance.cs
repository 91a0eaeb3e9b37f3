using System;
using System.Collections.Generic;

namespace OsAccess.Core.Text
{
    /// <summary>
    /// How many one-letter edits (insert, delete, replace, or swap two neighbours) turn one word into another, ignoring
    /// letter case: the measure behind "did you mean …?" suggestions for misspelt names.
    /// </summary>
    public static class EditDistance
    {
        public static int Between(string a, string b)
        {
            a = a.ToLowerInvariant();
            b = b.ToLowerInvariant();
            var before = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, before[j - 2] + 1);
                    current[j] = best;
                }
                (before, previous, current) = (previous, current, before);
            }
            return previous[b.Length];
        }

        /// <summary>
        /// The candidate nearest to <paramref name="word"/>, the first of them on a tie, or null when none is within
        /// <see cref="Tolerance"/> of it.
        /// </summary>
        public static string? Nearest(string word, IEnumerable<string> candidates)
        {
            string? nearest = null;
            var best = Tolerance(word) + 1;
            foreach (var candidate in candidates)
            {
                var distance = Between(word, candidate);
                if (distance < best)
                {
                    best = distance;
                    nearest = candidate;
                }
            }
            return nearest;
        }

        /// <summary>How far off a word may be and still be taken for a misspelling: one edit in four letters, at most two.</summary>
        public static int Tolerance(string word) => Math.Min(2, Math.Max(1, word.Length / 4));
    }
}
