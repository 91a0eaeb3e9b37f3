using System;

namespace LocalAws.Infrastructure;

/// <summary>What the fault injector decided for one call: a delay, and possibly an error instead of an answer.</summary>
public readonly record struct FaultDecision(TimeSpan Delay, FaultKind? Error)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, null);
}
