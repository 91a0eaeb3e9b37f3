using System;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Core.Time
{
    /// <summary>Waits; tests substitute one that records the wait and returns at once.</summary>
    public interface IDelay
    {
        Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken);
    }
}
