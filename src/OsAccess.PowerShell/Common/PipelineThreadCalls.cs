using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Work that only the pipeline thread may do (ShouldProcess, for one), asked for by AWS work running off it: queued here
    /// from any thread and run when the pipeline thread next drains the queue, which it does whenever it writes the call log.
    /// </summary>
    internal sealed class PipelineThreadCalls
    {
        private readonly ConcurrentQueue<Action> calls = new ConcurrentQueue<Action>();

        public Task<T> InvokeAsync<T>(Func<T> call)
        {
            var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            calls.Enqueue(() =>
            {
                try
                {
                    answer.TrySetResult(call());
                }
                catch (Exception error)
                {
                    answer.TrySetException(error);
                }
            });
            return answer.Task;
        }

        /// <summary>Runs what is queued; on the pipeline thread only.</summary>
        public void Drain()
        {
            while (calls.TryDequeue(out var call))
            {
                call();
            }
        }
    }
}
