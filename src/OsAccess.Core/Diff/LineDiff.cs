using System;
using System.Collections.Generic;
using System.Text;

namespace OsAccess.Core.Diff
{
    /// <summary>
    /// Compares two texts line by line (a longest common subsequence, so the unchanged lines are as many as can be) and
    /// writes the result as a unified diff, the way <c>diff -u</c> and <c>git diff</c> show it.
    /// </summary>
    public static class LineDiff
    {
        public const int DefaultContext = 3;

        /// <summary>Every line of both texts in order; null or empty text has no lines, and CRLF equals LF.</summary>
        public static IReadOnlyList<DiffLine> Compare(string? before, string? after)
        {
            var a = Lines(before);
            var b = Lines(after);
            int prefix = 0;
            while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
            {
                prefix++;
            }

            int suffix = 0;
            while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
            {
                suffix++;
            }

            var result = new List<DiffLine>(a.Count + b.Count);
            for (int i = 0; i < prefix; i++)
            {
                result.Add(new DiffLine(DiffLineKind.Unchanged, a[i]));
            }

            AddMiddle(result, a, b, prefix, a.Count - suffix, prefix, b.Count - suffix);
            for (int i = a.Count - suffix; i < a.Count; i++)
            {
                result.Add(new DiffLine(DiffLineKind.Unchanged, a[i]));
            }

            return result;
        }

        /// <summary>
        /// A unified diff: the two labels, then a hunk <c>@@ -start,count +start,count @@</c> per run of changes with
        /// <paramref name="context"/> unchanged lines around it. Empty when the texts have the same lines.
        /// </summary>
        public static string Unified(string? before, string? after, string beforeLabel, string afterLabel, int context = DefaultContext)
        {
            if (context < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(context), context, "The context is a number of lines, 0 or more.");
            }

            var lines = Compare(before, after);
            var text = new StringBuilder();
            int index = 0;
            while (true)
            {
                int firstChange = NextChange(lines, index);
                if (firstChange < 0)
                {
                    break;
                }

                int start = Math.Max(index, firstChange - context);
                int end = HunkEnd(lines, firstChange, context);
                if (text.Length == 0)
                {
                    text.Append("--- ").Append(beforeLabel).Append('\n').Append("+++ ").Append(afterLabel).Append('\n');
                }

                AppendHunk(text, lines, start, end);
                index = end;
            }

            return text.ToString();
        }

        private static List<string> Lines(string? text)
        {
            var lines = new List<string>();
            if (string.IsNullOrEmpty(text))
            {
                return lines;
            }

            lines.AddRange(text!.Replace("\r\n", "\n").Split('\n'));
            if (lines[lines.Count - 1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return lines;
        }

        // The lines between the common prefix and suffix, by a longest common subsequence table read from the front.
        private static void AddMiddle(List<DiffLine> result, List<string> a, List<string> b, int aStart, int aEnd, int bStart, int bEnd)
        {
            int n = aEnd - aStart, m = bEnd - bStart;
            var common = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
            {
                for (int j = m - 1; j >= 0; j--)
                {
                    common[i, j] = a[aStart + i] == b[bStart + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    result.Add(new DiffLine(DiffLineKind.Unchanged, a[aStart + x]));
                    x++;
                    y++;
                }
                else if (y == m || (x < n && common[x + 1, y] >= common[x, y + 1]))
                {
                    result.Add(new DiffLine(DiffLineKind.Removed, a[aStart + x]));
                    x++;
                }
                else
                {
                    result.Add(new DiffLine(DiffLineKind.Added, b[bStart + y]));
                    y++;
                }
            }
        }

        private static int NextChange(IReadOnlyList<DiffLine> lines, int from)
        {
            for (int i = from; i < lines.Count; i++)
            {
                if (lines[i].Kind != DiffLineKind.Unchanged)
                {
                    return i;
                }
            }

            return -1;
        }

        // A hunk goes on while the next change is at most 2 × context unchanged lines away, then takes context more lines.
        private static int HunkEnd(IReadOnlyList<DiffLine> lines, int firstChange, int context)
        {
            int lastChange = firstChange;
            int next;
            while ((next = NextChange(lines, lastChange + 1)) >= 0 && next - lastChange - 1 <= 2 * context)
            {
                lastChange = next;
            }

            return Math.Min(lines.Count, lastChange + 1 + context);
        }

        private static void AppendHunk(StringBuilder text, IReadOnlyList<DiffLine> lines, int start, int end)
        {
            int beforeLine = 1, afterLine = 1;
            for (int i = 0; i < start; i++)
            {
                if (lines[i].Kind != DiffLineKind.Added)
                {
                    beforeLine++;
                }

                if (lines[i].Kind != DiffLineKind.Removed)
                {
                    afterLine++;
                }
            }

            int beforeCount = 0, afterCount = 0;
            for (int i = start; i < end; i++)
            {
                beforeCount += lines[i].Kind != DiffLineKind.Added ? 1 : 0;
                afterCount += lines[i].Kind != DiffLineKind.Removed ? 1 : 0;
            }

            // As diff -u: an empty side names the line before the hunk.
            text.Append("@@ -").Append(Range(beforeCount == 0 ? beforeLine - 1 : beforeLine, beforeCount))
                .Append(" +").Append(Range(afterCount == 0 ? afterLine - 1 : afterLine, afterCount)).Append(" @@\n");
            for (int i = start; i < end; i++)
            {
                text.Append(lines[i].ToString()).Append('\n');
            }
        }

        private static string Range(int start, int count) => count == 1 ? start.ToString() : start + "," + count;
    }
}
