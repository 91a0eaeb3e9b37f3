using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalAws.Infrastructure;

/// <summary>Throttling, 5xx bursts, latency with jitter and IAM eventual-consistency delay, on demand.</summary>
public sealed class FaultInjector
{
    private readonly object gate = new();
    private readonly List<FaultRule> rules = new();
    private Random random = new(1);

    public void Add(FaultRule rule)
    {
        if (rule.Rate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(rule), "Rate must be between 0 and 1.");
        lock (gate) { rules.Add(rule); }
    }

    public IReadOnlyList<FaultRule> Rules()
    {
        lock (gate) { return rules.ToList(); }
    }

    public void Clear(int randomSeed = 1)
    {
        lock (gate)
        {
            rules.Clear();
            random = new Random(randomSeed);
        }
    }

    /// <summary>How long after a write by this operation the written entity stays invisible.</summary>
    public TimeSpan ConsistencyDelay(string service, string operation)
    {
        lock (gate)
        {
            var rule = rules.LastOrDefault(r => r.Kind == FaultKind.ConsistencyDelay && r.Matches(service, operation));
            return rule is null ? TimeSpan.Zero : TimeSpan.FromSeconds(rule.DelaySeconds);
        }
    }

    public FaultDecision Decide(string service, string operation)
    {
        lock (gate)
        {
            if (rules.Count == 0) return FaultDecision.None;
            TimeSpan delay = TimeSpan.Zero;
            FaultKind? error = null;
            foreach (var rule in rules)
            {
                if (rule.Kind == FaultKind.ConsistencyDelay || !rule.Matches(service, operation)) continue;
                if (rule.Count is 0) continue;
                if (rule.Kind != FaultKind.Latency && error is not null) continue;
                if (rule.Rate < 1 && random.NextDouble() >= rule.Rate) continue;
                if (rule.Count is int left) rule.Count = left - 1;
                if (rule.Kind == FaultKind.Latency)
                    delay += TimeSpan.FromMilliseconds(rule.LatencyMs + (rule.JitterMs > 0 ? random.Next(rule.JitterMs + 1) : 0));
                else
                    error = rule.Kind;
            }
            return new FaultDecision(delay, error);
        }
    }
}
