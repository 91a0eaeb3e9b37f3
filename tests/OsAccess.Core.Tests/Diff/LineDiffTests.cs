using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using OsAccess.Core.Diff;

namespace OsAccess.Core.Tests.Diff
{
    public class LineDiffTests
    {
        private const string Before = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"ssm:StartSession\",\n      \"Resource\": \"*\"\n    }\n  ]\n}\n";

        [Fact]
        public void AChangedLineIsShownRemovedThenAddedWithThreeLinesAroundIt()
        {
            string after = Before.Replace("\"Resource\": \"*\"", "\"Resource\": \"arn:aws:ec2:*:*:instance/*\"");

            Assert.Equal(
                "--- AWS today\n" +
                "+++ after this change\n" +
                "@@ -4,7 +4,7 @@\n" +
                "     {\n" +
                "       \"Effect\": \"Allow\",\n" +
                "       \"Action\": \"ssm:StartSession\",\n" +
                "-      \"Resource\": \"*\"\n" +
                "+      \"Resource\": \"arn:aws:ec2:*:*:instance/*\"\n" +
                "     }\n" +
                "   ]\n" +
                " }\n",
                LineDiff.Unified(Before, after, "AWS today", "after this change"));
        }

        [Fact]
        public void TextsWithTheSameLinesGiveNoDiffWhateverTheirLineEnds()
        {
            Assert.Equal(string.Empty, LineDiff.Unified(Before, Before.Replace("\n", "\r\n"), "a", "b"));
            Assert.Equal(string.Empty, LineDiff.Unified(null, "", "a", "b"));
        }

        [Fact]
        public void ADocumentThatAwsDoesNotHoldYetIsAllAdded()
        {
            string diff = LineDiff.Unified(null, "{\n  \"a\": 1\n}", "AWS today (none)", "new");

            Assert.Equal("--- AWS today (none)\n+++ new\n@@ -0,0 +1,3 @@\n+{\n+  \"a\": 1\n+}\n", diff);
        }

        [Fact]
        public void ADocumentRemovedIsAllRemoved()
        {
            Assert.Equal("--- old\n+++ new\n@@ -1,2 +0,0 @@\n-a\n-b\n", LineDiff.Unified("a\nb\n", null, "old", "new"));
        }

        [Fact]
        public void ChangesFarApartGetAHunkEachAndChangesCloseTogetherShareOne()
        {
            string before = string.Join("\n", Enumerable.Range(1, 20).Select(i => "line " + i));
            string far = before.Replace("line 2\n", "line two\n").Replace("line 18\n", "line eighteen\n");
            string near = before.Replace("line 2\n", "line two\n").Replace("line 8\n", "line eight\n");

            string farDiff = LineDiff.Unified(before, far, "a", "b", context: 2);
            string nearDiff = LineDiff.Unified(before, near, "a", "b", context: 3);

            Assert.Equal(new[] { "@@ -1,4 +1,4 @@", "@@ -16,5 +16,5 @@" }, farDiff.Split('\n').Where(l => l.StartsWith("@@")));
            Assert.Equal(new[] { "@@ -1,11 +1,11 @@" }, nearDiff.Split('\n').Where(l => l.StartsWith("@@")));
            Assert.Contains("\n line 5\n line 6\n line 7\n-line 8\n+line eight\n line 9\n", nearDiff);
        }

        [Fact]
        public void AnAddedStatementIsOneRunOfAddedLinesAndNoLineRemoved()
        {
            string after = Before.Replace("    }\n  ]", "    },\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]");

            var lines = LineDiff.Compare(Before, after);

            // The old statement's closing brace now closes the new one: five lines added, none removed.
            Assert.Equal(new[] { "+    },", "+    {", "+      \"Effect\": \"Deny\",", "+      \"Action\": \"*\",", "+      \"Resource\": \"*\"" },
                lines.Where(l => l.Kind != DiffLineKind.Unchanged).Select(l => l.ToString()));
        }

        [Fact]
        public void TheKeptAndRemovedLinesAreTheTextBeforeAndTheKeptAndAddedLinesTheTextAfter()
        {
            Gen.Select(Gen.Int[0, 4].Array[0, 12], Gen.Int[0, 4].Array[0, 12]).Sample(pair =>
            {
                var (a, b) = pair;
                var lines = LineDiff.Compare(Text(a), Text(b));

                return lines.Where(l => l.Kind != DiffLineKind.Added).Select(l => l.Text).SequenceEqual(a.Select(Line))
                    && lines.Where(l => l.Kind != DiffLineKind.Removed).Select(l => l.Text).SequenceEqual(b.Select(Line));
            });
        }

        [Fact]
        public void NoDiffKeepsMoreLinesUnchanged()
        {
            Gen.Select(Gen.Int[0, 3].Array[0, 9], Gen.Int[0, 3].Array[0, 9]).Sample(pair =>
            {
                var (a, b) = pair;
                int kept = LineDiff.Compare(Text(a), Text(b)).Count(l => l.Kind == DiffLineKind.Unchanged);

                return kept == LongestCommonSubsequence(a, b, 0, 0, new Dictionary<(int, int), int>());
            });
        }

        private static string Line(int n) => "line " + n;

        private static string Text(int[] lines) => string.Concat(lines.Select(n => Line(n) + "\n"));

        private static int LongestCommonSubsequence(int[] a, int[] b, int i, int j, Dictionary<(int, int), int> memo)
        {
            if (i == a.Length || j == b.Length)
            {
                return 0;
            }

            if (!memo.TryGetValue((i, j), out int length))
            {
                length = a[i] == b[j]
                    ? 1 + LongestCommonSubsequence(a, b, i + 1, j + 1, memo)
                    : Math.Max(LongestCommonSubsequence(a, b, i + 1, j, memo), LongestCommonSubsequence(a, b, i, j + 1, memo));
                memo[(i, j)] = length;
            }

            return length;
        }
    }
}
