using System;

namespace LocalAws.Infrastructure;

/// <summary>The emulator's notion of "now": real time plus an offset that tests can set or advance.</summary>
public sealed class Clock
{
    private readonly object _gate = new();
    private TimeSpan _offset;

    public DateTimeOffset UtcNow
    {
        get { lock (_gate) { return DateTimeOffset.UtcNow + _offset; } }
    }

    public void Set(DateTimeOffset instant)
    {
        lock (_gate) { _offset = instant - DateTimeOffset.UtcNow; }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate) { _offset += by; }
    }

    public void Reset()
    {
        lock (_gate) { _offset = TimeSpan.Zero; }
    }
}
