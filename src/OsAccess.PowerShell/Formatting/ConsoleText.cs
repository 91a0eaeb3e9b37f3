using System;
using System.Collections.Generic;
using System.Text;

namespace OsAccess.PowerShell.Formatting
{
    /// <summary>
    /// Text laid out for an 80-column console, used by OsAccess.Format.ps1xml: lines break at spaces, never inside a word,
    /// and stay within <see cref="Width"/> columns unless a single word (a long ARN) is wider by itself.
    /// PowerShell's own table and list wrapping cuts words wherever the column ends.
    /// </summary>
    public static class ConsoleText
    {
        /// <summary>Columns a line may take: one less than 80, so that a console of 80 does not wrap it a second time.</summary>
        public const int Width = 79;

        /// <summary>The text wrapped at spaces, each line indented by <paramref name="indent"/> spaces.</summary>
        public static string Wrap(string? text, int indent)
        {
            var prefix = new string(' ', indent);
            return Lay(text, prefix, prefix);
        }

        /// <summary>
        /// The text wrapped at spaces for the last column of a table, which starts at <paramref name="column"/>: each
        /// line fits in what is left of <see cref="Width"/>, and the table puts it in place.
        /// </summary>
        public static string Column(string? text, int column)
        {
            var prefix = new string(' ', column);
            var lines = Wrap(text, column).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = lines[i].StartsWith(prefix, StringComparison.Ordinal) ? lines[i].Substring(column) : lines[i].TrimStart();
            }

            return string.Join("\n", lines);
        }

        /// <summary>
        /// One field as Format-List shows it, "<paramref name="label"/> : value" with the label padded to
        /// <paramref name="labelWidth"/>, the value wrapped at spaces under its own first column.
        /// </summary>
        public static string Field(string label, string? value, int labelWidth)
        {
            var first = label.PadRight(labelWidth) + " : ";
            return Lay(value, first, new string(' ', first.Length));
        }

        private static string Lay(string? text, string firstPrefix, string nextPrefix)
        {
            var lines = new List<string>();
            var line = new StringBuilder(firstPrefix);
            var pending = firstPrefix.Trim().Length > 0;
            var hasWord = false;
            void Break()
            {
                if (pending) lines.Add(line.ToString().TrimEnd());
                line.Clear().Append(nextPrefix);
                pending = hasWord = false;
            }

            var paragraphs = (text ?? string.Empty).Replace("\r\n", "\n").Split('\n');
            for (var p = 0; p < paragraphs.Length; p++)
            {
                if (p > 0) Break();
                foreach (var word in paragraphs[p].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (line.Length + (hasWord ? 1 : 0) + word.Length > Width)
                    {
                        Break();
                        if (nextPrefix.Length + word.Length > Width)
                        {
                            // Wider than the room under its label: a line of its own, as far left as it needs, never cut.
                            lines.Add(new string(' ', Math.Max(0, Math.Min(OverflowIndent, Width - word.Length))) + word);
                            continue;
                        }
                    }
                    if (hasWord) line.Append(' ');
                    line.Append(word);
                    hasWord = pending = true;
                }
            }
            Break();
            return string.Join("\n", lines);
        }

        private const int OverflowIndent = 2;
    }
}
