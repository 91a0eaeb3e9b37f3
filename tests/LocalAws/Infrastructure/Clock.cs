using System;

namespace LocalAws.Infrastructure;

/// <summary>The emulator's notion of "now": real time plus an offset that tests can set or advance.</summary>
public sealed class Clock
{
    private readonly object gate = new();
    private TimeSpan offset;

    public DateTimeOffset UtcNow
    {
        get { lock (gate) { return DateTimeOffset.UtcNow + offset; } }
    }

    public void Set(DateTimeOffset instant)
    {
        lock (gate) { offset = instant - DateTimeOffset.UtcNow; }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate) { offset += by; }
    }

    public void Reset()
    {
        lock (gate) { offset = TimeSpan.Zero; }
    }
}
