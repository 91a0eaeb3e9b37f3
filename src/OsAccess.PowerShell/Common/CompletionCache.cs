using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using OsAccess.Workflows.Completion;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// What the AWS completers read, kept for <see cref="Lifetime"/> per kind of name and caller (credentials, profile,
    /// region, endpoint), so pressing Tab again calls AWS no more. Failures are not kept: the next Tab tries again.
    /// </summary>
    internal static class CompletionCache
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
        private static readonly ConcurrentDictionary<string, Entry> Entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);

        public static IReadOnlyList<CompletionName> GetOrRead(string key, Func<IReadOnlyList<CompletionName>> read)
        {
            var now = DateTime.UtcNow;
            if (Entries.TryGetValue(key, out var kept) && kept.Expires > now)
            {
                return kept.Names;
            }

            var names = read();
            Entries[key] = new Entry(names, now + Lifetime);
            return names;
        }

        private sealed class Entry
        {
            public Entry(IReadOnlyList<CompletionName> names, DateTime expires)
            {
                Names = names;
                Expires = expires;
            }

            public IReadOnlyList<CompletionName> Names { get; }

            public DateTime Expires { get; }
        }
    }
}
