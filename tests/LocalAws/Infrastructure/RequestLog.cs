using System.Collections.Generic;
using System.Linq;

namespace LocalAws.Infrastructure;

/// <summary>Every API call received, with per-operation counts, so tests and benchmarks can count calls.</summary>
public sealed class RequestLog
{
    private const int MaxEntries = 100_000;
    private readonly object gate = new();
    private readonly List<RequestLogEntry> entries = new();
    private readonly Dictionary<string, int> counts = new();

    public void Add(RequestLogEntry entry)
    {
        lock (gate)
        {
            if (entries.Count == MaxEntries) entries.RemoveRange(0, MaxEntries / 10);
            entries.Add(entry);
            string key = entry.Service + ":" + entry.Operation;
            counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
        }
    }

    public IReadOnlyList<RequestLogEntry> Entries()
    {
        lock (gate) { return entries.ToList(); }
    }

    /// <summary>Calls per "service:Operation", e.g. "iam:GetRole".</summary>
    public IReadOnlyDictionary<string, int> Counts()
    {
        lock (gate) { return new SortedDictionary<string, int>(counts); }
    }

    public int Total()
    {
        lock (gate) { return counts.Values.Sum(); }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            counts.Clear();
        }
    }
}
