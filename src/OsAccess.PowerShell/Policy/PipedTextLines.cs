using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.PowerShell.Policy
{
    /// <summary>
    /// Recognises a policy file piped one line at a time, as Get-Content gives it without -Raw: the first two texts on the
    /// pipeline are each a single line that does not parse. The first text is held back until the second shows which it is.
    /// </summary>
    internal sealed class PipedTextLines<T>
    {
        private static readonly IReadOnlyList<T> None = new T[0];
        private readonly System.Func<T, string> textOf;
        private readonly List<T> held = new List<T>();

        public PipedTextLines(System.Func<T, string> textOf) => this.textOf = textOf;

        /// <summary>True once the input is known to be the lines of a file; every text after that is only counted.</summary>
        public bool InLines { get; private set; }

        /// <summary>How many texts came down the pipeline.</summary>
        public int Count { get; private set; }

        /// <summary>Takes the next piped text and returns those to check now, in order.</summary>
        public IReadOnlyList<T> Take(T item)
        {
            Count++;
            if (InLines) return None;
            if (Count <= 2 && IsUnparsableLine(textOf(item)))
            {
                if (Count == 1)
                {
                    held.Add(item);
                    return None;
                }
                if (held.Count == 1)
                {
                    InLines = true;
                    held.Clear();
                    return None;
                }
            }
            held.Add(item);
            return Release();
        }

        /// <summary>At the end of the pipeline: the text still held back, if any.</summary>
        public IReadOnlyList<T> Finish() => Release();

        private IReadOnlyList<T> Release()
        {
            var ready = held.ToArray();
            held.Clear();
            return ready;
        }

        private static bool IsUnparsableLine(string text) => text.IndexOf('\n') < 0 && !PolicyParser.TryParse(text, out _, out _);
    }
}
