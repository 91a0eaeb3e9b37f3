using System.Collections.Generic;
using System.Linq;

namespace LocalAws.Infrastructure;

/// <summary>Every API call received, with per-operation counts, so tests and benchmarks can count calls.</summary>
public sealed class RequestLog
{
    private const int MaxEntries = 100_000;
    private readonly object _gate = new();
    private readonly List<RequestLogEntry> _entries = new();
    private readonly Dictionary<string, int> _counts = new();

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            if (_entries.Count == MaxEntries) _entries.RemoveRange(0, MaxEntries / 10);
            _entries.Add(entry);
            string key = entry.Service + ":" + entry.Operation;
            _counts[key] = _counts.TryGetValue(key, out int n) ? n + 1 : 1;
        }
    }

    public IReadOnlyList<RequestLogEntry> Entries()
    {
        lock (_gate) { return _entries.ToList(); }
    }

    /// <summary>Calls per "service:Operation", e.g. "iam:GetRole".</summary>
    public IReadOnlyDictionary<string, int> Counts()
    {
        lock (_gate) { return new SortedDictionary<string, int>(_counts); }
    }

    public int Total()
    {
        lock (_gate) { return _counts.Values.Sum(); }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _counts.Clear();
        }
    }
}
