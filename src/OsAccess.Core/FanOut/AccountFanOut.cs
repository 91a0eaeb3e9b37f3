using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Core.FanOut
{
    /// <summary>Starts an <see cref="AccountFanOut{T}"/> over a known list of accounts.</summary>
    public static class AccountFanOut
    {
        /// <summary>The throttle limit when nobody chooses one.</summary>
        public const int DefaultThrottleLimit = 8;

        /// <summary>Posts every account and completes: the usual way to fan out over a known list.</summary>
        public static AccountFanOut<T> Start<T>(IEnumerable<string> accountIds, Func<string, CancellationToken, Task<T>> work, int throttleLimit,
            CancellationToken cancellation)
        {
            var fanOut = new AccountFanOut<T>(throttleLimit, cancellation);
            foreach (string accountId in accountIds)
            {
                fanOut.Post(accountId, work);
            }

            fanOut.Complete();
            return fanOut;
        }
    }

    /// <summary>
    /// Runs one unit of work per account, at most <see cref="ThrottleLimit"/> at a time, and reports each account as it
    /// starts and as it ends, in the order that happens. A unit that throws fails its own account only: the exception is
    /// captured into that account's result and the others go on.
    /// </summary>
    /// <remarks>
    /// Accounts may be posted while earlier ones run (as pipeline input arrives); <see cref="Complete"/> says no more
    /// will come; <see cref="AccountFanOut.Start{T}"/> does both for a known list. The events are read from one thread,
    /// such as a cmdlet's pipeline thread, with <see cref="TryRead"/>. Cancellation (the token given here, or
    /// <see cref="Dispose"/>) starts no further unit, passes the cancellation to the units running, and ends the run once
    /// they have returned.
    /// </remarks>
    public sealed class AccountFanOut<T> : IDisposable
    {
        private readonly object gate = new object();
        private readonly Queue<Unit> pending = new Queue<Unit>();
        private readonly BlockingCollection<FanOutEvent<T>> events = new BlockingCollection<FanOutEvent<T>>(new ConcurrentQueue<FanOutEvent<T>>());
        private readonly CancellationTokenSource stopping;
        private int posted;
        private int running;
        private int completed;
        private bool complete;
        private bool finished;
        private bool disposed;
        private int disposing;

        public AccountFanOut(int throttleLimit, CancellationToken cancellation)
        {
            if (throttleLimit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(throttleLimit), throttleLimit, "The throttle limit must be at least 1.");
            }

            ThrottleLimit = throttleLimit;
            stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            // Drops the accounts not started yet and ends the run at once if nothing runs.
            stopping.Token.Register(StartWhatFits);
        }

        /// <summary>The most units that run at once.</summary>
        public int ThrottleLimit { get; }

        /// <summary>True once every event has been read and no unit runs or will run.</summary>
        public bool IsFinished => events.IsCompleted;

        /// <summary>
        /// Queues one account's unit of work; it starts as soon as fewer than <see cref="ThrottleLimit"/> units run. Once the
        /// run is cancelled, a posted account is not started and not reported.
        /// </summary>
        public void Post(string accountId, Func<string, CancellationToken, Task<T>> work)
        {
            if (accountId == null)
            {
                throw new ArgumentNullException(nameof(accountId));
            }

            if (work == null)
            {
                throw new ArgumentNullException(nameof(work));
            }

            lock (gate)
            {
                if (complete)
                {
                    throw new InvalidOperationException("No account can be posted to a fan-out after Complete.");
                }

                if (finished)
                {
                    return;
                }

                pending.Enqueue(new Unit(accountId, work));
                posted++;
            }

            StartWhatFits();
        }

        /// <summary>Says that no more accounts will be posted, so the run ends when the last posted account has.</summary>
        public void Complete()
        {
            lock (gate)
            {
                complete = true;
            }

            StartWhatFits();
        }

        /// <summary>
        /// Waits up to <paramref name="wait"/> for the next event. False when none came in that time or when the run has
        /// finished (<see cref="IsFinished"/> tells which).
        /// </summary>
        public bool TryRead(out FanOutEvent<T> next, TimeSpan wait) => events.TryTake(out next!, wait);

        /// <summary>Every event, each as it happens, until the run has finished (blocks the calling thread meanwhile).</summary>
        public IEnumerable<FanOutEvent<T>> ReadAll() => events.GetConsumingEnumerable();

        /// <summary>Cancels the units still running and starts no more.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposing, 1) == 1)
            {
                return;
            }

            // Before the flag below, so that the run, if it finishes inside Cancel's callback, does not release the source
            // from within its own callback.
            stopping.Cancel();
            bool release;
            lock (gate)
            {
                disposed = true;
                release = finished;
            }

            if (release)
            {
                Release();
            }
        }

        private void StartWhatFits()
        {
            bool release = false;
            lock (gate)
            {
                if (finished)
                {
                    return;
                }

                bool stopped = stopping.IsCancellationRequested;
                if (stopped)
                {
                    posted -= pending.Count;
                    pending.Clear();
                }

                while (running < ThrottleLimit && pending.Count > 0)
                {
                    var unit = pending.Dequeue();
                    running++;
                    events.Add(new FanOutEvent<T>(FanOutEventKind.Started, unit.AccountId, null, Progress()));
                    _ = Task.Run(() => RunAsync(unit));
                }

                if (running == 0 && pending.Count == 0 && (complete || stopped))
                {
                    finished = true;
                    events.CompleteAdding();
                    release = disposed;
                }
            }

            if (release)
            {
                Release();
            }
        }

        private async Task RunAsync(Unit unit)
        {
            AccountResult<T> result;
            try
            {
                var value = await unit.Work(unit.AccountId, stopping.Token).ConfigureAwait(false);
                result = AccountResult<T>.Success(unit.AccountId, value);
            }
            catch (Exception error)
            {
                result = AccountResult<T>.Failure(unit.AccountId, error);
            }

            lock (gate)
            {
                running--;
                completed++;
                events.Add(new FanOutEvent<T>(FanOutEventKind.Completed, unit.AccountId, result, Progress()));
            }

            StartWhatFits();
        }

        private FanOutProgress Progress() => new FanOutProgress(completed, posted, running);

        // Once the run has finished and Dispose was called: no unit holds the token any more.
        private void Release() => stopping.Dispose();

        private sealed class Unit
        {
            public Unit(string accountId, Func<string, CancellationToken, Task<T>> work)
            {
                AccountId = accountId;
                Work = work;
            }

            public string AccountId { get; }

            public Func<string, CancellationToken, Task<T>> Work { get; }
        }
    }
}
