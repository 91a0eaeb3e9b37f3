using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.FanOut;

namespace FanOutBench
{
    /// <summary>
    /// Runs AccountFanOut over n accounts whose unit of work waits a fixed latency (as an AWS call would), reads the
    /// events on one thread as a cmdlet does, and prints the wall time against the analytic bound n × latency ÷ limit.
    /// </summary>
    public static class Program
    {
        private const int Rounds = 3;

        public static async Task<int> Main()
        {
            Console.WriteLine($"Fan-out engine figures ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}); median of {Rounds} runs each");
            Console.WriteLine();
            Console.WriteLine($"{"accounts",8} {"latency",8} {"limit",6} {"wall",10} {"bound",10} {"ratio",7} {"waves bound",12} {"ratio",7} {"timer",8} {"ratio",7} {"max running",12}");
            Run(200, 50, 16);
            Run(200, 50, 1);
            Run(1000, 20, 16);
            Run(1000, 20, 64);
            Run(1000, 5, 8);
            Console.WriteLine();
            Console.WriteLine("bound: accounts × latency ÷ limit; waves bound: ⌈accounts ÷ limit⌉ × latency (the least any scheduler can do when every unit");
            Console.WriteLine("takes the latency); timer: what one Task.Delay(latency) really takes here (median of 20), and the waves bound with it.");
            Overhead(100_000, 16);
            await MemberAccounts.RunAsync(200, 50, new[] { 16, 64 });
            return 0;
        }

        private static void Run(int accounts, int latencyMs, int limit)
        {
            var latency = TimeSpan.FromMilliseconds(latencyMs);
            var ids = Enumerable.Range(0, accounts).Select(i => (100000000000L + i).ToString()).ToList();
            var walls = new List<double>();
            int highest = 0;
            for (int round = 0; round < Rounds; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                using var fanOut = AccountFanOut.Start(ids, async (id, ct) =>
                {
                    await Task.Delay(latency, ct).ConfigureAwait(false);
                    return id;
                }, limit, CancellationToken.None);
                int completed = Drain(fanOut, ref highest);
                stopwatch.Stop();
                if (completed != accounts)
                {
                    throw new InvalidOperationException($"{completed} of {accounts} accounts completed.");
                }

                walls.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            double wall = Median(walls);
            double bound = accounts * (double)latencyMs / limit;
            double waves = Math.Ceiling(accounts / (double)limit) * latencyMs;
            double timer = TimerLatency(latency).TotalMilliseconds;
            double timerWaves = Math.Ceiling(accounts / (double)limit) * timer;
            Console.WriteLine($"{accounts,8} {latencyMs + " ms",8} {limit,6} {wall,7:0} ms {bound,7:0} ms {wall / bound,6:0.00}× {waves,9:0} ms {wall / waves,6:0.00}× {timer,5:0.0} ms {wall / timerWaves,6:0.00}× {highest,12}");
        }

        /// <summary>The engine's own cost: units that return at once, so the wall time is all overhead.</summary>
        private static void Overhead(int accounts, int limit)
        {
            var ids = Enumerable.Range(0, accounts).Select(i => (100000000000L + i).ToString()).ToList();
            var walls = new List<double>();
            int highest = 0;
            for (int round = 0; round < Rounds + 1; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                using var fanOut = AccountFanOut.Start(ids, (id, ct) => Task.FromResult(id), limit, CancellationToken.None);
                Drain(fanOut, ref highest);
                stopwatch.Stop();
                if (round > 0)
                {
                    walls.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            double wall = Median(walls);
            Console.WriteLine($"Overhead: {accounts:N0} units that return at once, limit {limit}: {wall:0} ms, {wall * 1000 / accounts:0.00} µs per account ({accounts / wall * 1000:N0} accounts/s).");
        }

        // Reads as OsAccessAwsCmdlet does: wake at least every 50 ms (to write the call log), handle each event.
        private static int Drain(AccountFanOut<string> fanOut, ref int highest)
        {
            int completed = 0;
            while (!fanOut.IsFinished)
            {
                if (!fanOut.TryRead(out var next, TimeSpan.FromMilliseconds(50)))
                {
                    continue;
                }

                highest = Math.Max(highest, next.Progress.Running);
                if (next.Kind == FanOutEventKind.Completed)
                {
                    completed++;
                }
            }

            return completed;
        }

        private static TimeSpan TimerLatency(TimeSpan delay)
        {
            var samples = new List<double>();
            for (int i = 0; i < 20; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                Task.Delay(delay).GetAwaiter().GetResult();
                samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            return TimeSpan.FromMilliseconds(Median(samples));
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
