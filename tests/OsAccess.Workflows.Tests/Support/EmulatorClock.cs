using System;
using OsAccess.Core.Time;

namespace OsAccess.Workflows.Tests.Support;

/// <summary>OsAccess's clock reading LocalAws's, so that what the workflows decide and what IAM enforces agree on "now".</summary>
public sealed class EmulatorClock(LocalAws.Infrastructure.Clock clock) : IClock
{
    public DateTimeOffset UtcNow => clock.UtcNow;
}
