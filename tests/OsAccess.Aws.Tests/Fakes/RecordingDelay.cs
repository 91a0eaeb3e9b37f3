using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Tests.Fakes
{
    /// <summary>Records each wait, moves the fake clock (if any) by it, and returns at once.</summary>
    internal sealed class RecordingDelay : IDelay
    {
        private readonly ManualClock? clock;

        public RecordingDelay(ManualClock? clock = null) => this.clock = clock;

        public List<TimeSpan> Waits { get; } = new List<TimeSpan>();

        public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Waits.Add(duration);
            clock?.Advance(duration);
            return Task.CompletedTask;
        }
    }
}
