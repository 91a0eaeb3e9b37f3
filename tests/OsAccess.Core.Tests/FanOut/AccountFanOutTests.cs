using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.FanOut;

namespace OsAccess.Core.Tests.FanOut
{
    public class AccountFanOutTests
    {
        // A bound on waiting for an event that must come: it turns a hang into a failure, it measures nothing.
        private static readonly TimeSpan Eventually = TimeSpan.FromSeconds(30);

        [Fact]
        public void NoMoreUnitsRunAtOnceThanTheThrottleLimit()
        {
            var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var entered = new SemaphoreSlim(0);
            int current = 0, highest = 0;
            async Task<string> Work(string id, CancellationToken ct)
            {
                int now = Interlocked.Increment(ref current);
                InterlockedMax(ref highest, now);
                entered.Release();
                await gate.Task.ConfigureAwait(false);
                await Task.Yield();
                Interlocked.Decrement(ref current);
                return id;
            }

            using var fanOut = AccountFanOut.Start(Accounts(50), Work, 4, CancellationToken.None);
            var firstWave = ReadUntil(fanOut, e => e.Kind == FanOutEventKind.Started, 4);
            for (int i = 0; i < 4; i++)
            {
                Assert.True(entered.Wait(Eventually), "the first four units never all began");
            }

            gate.SetResult(true);
            var rest = ReadToEnd(fanOut);

            Assert.Equal(4, firstWave.Last().Progress.Running);
            Assert.Equal(4, highest);
            Assert.All(firstWave.Concat(rest), e => Assert.InRange(e.Progress.Running, 0, 4));
            Assert.Equal(50, firstWave.Concat(rest).Count(e => e.Kind == FanOutEventKind.Completed));
        }

        [Fact]
        public void AnAccountsResultArrivesWhileOthersStillRun()
        {
            var slow = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<string> Work(string id, CancellationToken ct) => id == "111111111111" ? Task.FromResult(id) : slow.Task;

            using var fanOut = AccountFanOut.Start(new[] { "111111111111", "222222222222" }, Work, 2, CancellationToken.None);
            var first = ReadUntil(fanOut, e => e.Kind == FanOutEventKind.Completed, 1).Last();

            Assert.Equal("111111111111", first.Result!.Value);
            Assert.False(fanOut.IsFinished);
            Assert.Equal(1, first.Progress.Completed);
            Assert.Equal(2, first.Progress.Total);
            Assert.Equal(50, first.Progress.PercentComplete);

            slow.SetResult("222222222222");
            var last = ReadToEnd(fanOut).Single(e => e.Kind == FanOutEventKind.Completed);
            Assert.Equal("222222222222", last.Result!.Value);
            Assert.True(fanOut.IsFinished);
        }

        [Fact]
        public void CancellationStopsTheRunningUnitsAndStartsNoOther()
        {
            using var cancellation = new CancellationTokenSource();
            int started = 0;
            async Task<string> UntilCancelled(string id, CancellationToken ct)
            {
                Interlocked.Increment(ref started);
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                return id;
            }

            using var fanOut = AccountFanOut.Start(Accounts(100), UntilCancelled, 5, cancellation.Token);
            ReadUntil(fanOut, e => e.Kind == FanOutEventKind.Started, 5);
            cancellation.Cancel();
            var rest = ReadToEnd(fanOut);

            Assert.True(fanOut.IsFinished);
            Assert.Equal(5, started);
            Assert.DoesNotContain(rest, e => e.Kind == FanOutEventKind.Started);
            var results = rest.Select(e => e.Result!).ToList();
            Assert.Equal(5, results.Count);
            Assert.All(results, r => Assert.IsAssignableFrom<OperationCanceledException>(r.Error));
        }

        [Fact]
        public void CancellationEndsARunThatStillAwaitsAccounts()
        {
            using var cancellation = new CancellationTokenSource();
            using var fanOut = new AccountFanOut<string>(2, cancellation.Token);
            fanOut.Post("111111111111", (id, ct) => Task.FromResult(id));
            ReadUntil(fanOut, e => e.Kind == FanOutEventKind.Completed, 1);

            cancellation.Cancel();
            fanOut.Post("222222222222", (id, ct) => Task.FromResult(id));

            Assert.Empty(ReadToEnd(fanOut));
            Assert.True(fanOut.IsFinished);
        }

        [Fact]
        public async Task DisposeCancelsTheUnitsStillRunning()
        {
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<string> UntilCancelled(string id, CancellationToken ct)
            {
                using (ct.Register(() => cancelled.TrySetResult(true)))
                {
                    await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                }

                return id;
            }

            var fanOut = AccountFanOut.Start(Accounts(3), UntilCancelled, 3, CancellationToken.None);
            ReadUntil(fanOut, e => e.Kind == FanOutEventKind.Started, 3);
            fanOut.Dispose();
            fanOut.Dispose();

            Assert.Same(cancelled.Task, await Task.WhenAny(cancelled.Task, Task.Delay(Eventually)));
        }

        [Fact]
        public void OneAccountsFailureNeverStopsTheOthers()
        {
            Task<string> Work(string id, CancellationToken ct)
            {
                int n = int.Parse(id.Substring(9));
                if (n % 6 == 0)
                {
                    throw new InvalidOperationException("thrown before any await in " + id);
                }

                return n % 3 == 0 ? FailLater(id) : Task.FromResult("done " + id);
            }

            static async Task<string> FailLater(string id)
            {
                await Task.Yield();
                throw new TimeoutException("thrown after an await in " + id);
            }

            using var fanOut = AccountFanOut.Start(Accounts(30), Work, 4, CancellationToken.None);
            var results = ReadToEnd(fanOut).Where(e => e.Kind == FanOutEventKind.Completed).Select(e => e.Result!).ToDictionary(r => r.AccountId);

            Assert.Equal(30, results.Count);
            Assert.Equal("thrown before any await in 100000000006", Assert.IsType<InvalidOperationException>(results["100000000006"].Error).Message);
            Assert.Equal("thrown after an await in 100000000003", Assert.IsType<TimeoutException>(results["100000000003"].Error).Message);
            Assert.Null(results["100000000003"].Value);
            Assert.Equal(10, results.Values.Count(r => !r.Succeeded));
            Assert.Equal("done 100000000029", results["100000000029"].Value);
        }

        [Fact]
        public void AThousandAccountsEachCompleteOnce()
        {
            async Task<string> Work(string id, CancellationToken ct)
            {
                await Task.Yield();
                return id;
            }

            var accounts = Accounts(1000);
            using var fanOut = AccountFanOut.Start(accounts, Work, 16, CancellationToken.None);
            var events = ReadToEnd(fanOut);
            var completions = events.Where(e => e.Kind == FanOutEventKind.Completed).ToList();

            Assert.Equal(accounts.OrderBy(a => a), completions.Select(e => e.Result!.Value).OrderBy(a => a));
            Assert.Equal(Enumerable.Range(1, 1000), completions.Select(e => e.Progress.Completed));
            Assert.All(completions, e => Assert.Equal(1000, e.Progress.Total));
            Assert.Equal(100, completions.Last().Progress.PercentComplete);
            foreach (string account in accounts)
            {
                Assert.True(events.FindIndex(e => e.AccountId == account && e.Kind == FanOutEventKind.Started)
                    < events.FindIndex(e => e.AccountId == account && e.Kind == FanOutEventKind.Completed));
            }
        }

        [Fact]
        public void AccountsPostedWhileOthersRunAreRunToo()
        {
            using var fanOut = new AccountFanOut<string>(2, CancellationToken.None);
            fanOut.Post("111111111111", (id, ct) => Task.FromResult("first"));
            var first = ReadUntil(fanOut, e => e.Kind == FanOutEventKind.Completed, 1).Last();
            fanOut.Post("222222222222", (id, ct) => Task.FromResult("second " + id));
            fanOut.Complete();
            var second = ReadToEnd(fanOut).Single(e => e.Kind == FanOutEventKind.Completed);

            Assert.Equal(1, first.Progress.Total);
            Assert.Equal("second 222222222222", second.Result!.Value);
            Assert.Equal(2, second.Progress.Total);
        }

        [Fact]
        public void AnEmptyFanOutFinishesAtOnce()
        {
            using var fanOut = AccountFanOut.Start(Array.Empty<string>(), (id, ct) => Task.FromResult(id), 8, CancellationToken.None);

            Assert.Empty(ReadToEnd(fanOut));
            Assert.True(fanOut.IsFinished);
        }

        [Fact]
        public void AThrottleLimitBelowOneAndAPostAfterCompleteAreRefused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new AccountFanOut<string>(0, CancellationToken.None));
            using var fanOut = new AccountFanOut<string>(1, CancellationToken.None);
            fanOut.Complete();
            Assert.Throws<InvalidOperationException>(() => fanOut.Post("111111111111", (id, ct) => Task.FromResult(id)));
        }

        private static List<string> Accounts(int count) => Enumerable.Range(0, count).Select(i => (100000000000L + i).ToString()).ToList();

        private static List<FanOutEvent<string>> ReadUntil(AccountFanOut<string> fanOut, Func<FanOutEvent<string>, bool> counted, int count)
        {
            var read = new List<FanOutEvent<string>>();
            while (read.Count(counted) < count)
            {
                Assert.True(fanOut.TryRead(out var next, Eventually), $"event {read.Count + 1} never came");
                read.Add(next);
            }

            return read;
        }

        private static List<FanOutEvent<string>> ReadToEnd(AccountFanOut<string> fanOut)
        {
            var read = new List<FanOutEvent<string>>();
            while (!fanOut.IsFinished)
            {
                if (fanOut.TryRead(out var next, Eventually))
                {
                    read.Add(next);
                }
                else
                {
                    Assert.True(fanOut.IsFinished, "the fan-out never finished");
                }
            }

            return read;
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
