using System;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Core.Time
{
    public sealed class TaskDelay : IDelay
    {
        public static readonly TaskDelay Instance = new TaskDelay();

        public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken) => Task.Delay(duration, cancellationToken);
    }
}
