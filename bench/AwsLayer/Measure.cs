using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace AwsLayer
{
    /// <summary>Runs an action many times after a warm-up and prints the time per run, alone or against a baseline; percentiles for slow ones.</summary>
    internal static class Measure
    {
        public static void Throughput(string what, int runs, Action action)
        {
            WarmUp(action);
            Print(what, Rate(runs, action));
        }

        /// <summary>
        /// Times <paramref name="ours"/> against <paramref name="baseline"/>: both warmed up, then measured in alternating
        /// rounds so that neither profits from running first or from a quiet moment; prints the median of each and the ratio.
        /// </summary>
        public static void Against(string what, Action ours, string baselineName, Action baseline, int runs, int rounds = 5)
        {
            WarmUp(ours);
            WarmUp(baseline);
            var oursRates = new List<double>();
            var baselineRates = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                oursRates.Add(Rate(runs / rounds, ours));
                baselineRates.Add(Rate(runs / rounds, baseline));
            }

            double oursMedian = Median(oursRates), baselineMedian = Median(baselineRates);
            Print(what, oursMedian);
            Print(baselineName, baselineMedian);
            Console.WriteLine($"{"  ratio (above 1: OsAccess is faster), median of " + rounds + " alternating rounds",-58} {oursMedian / baselineMedian,10:0.00}×");
        }

        /// <summary>Runs for half a second, long enough for tiered compilation to reach optimized code.</summary>
        private static void WarmUp(Action action)
        {
            var stopwatch = Stopwatch.StartNew();
            while (stopwatch.ElapsedMilliseconds < 500)
            {
                action();
            }
        }

        private static double Rate(int runs, Action action)
        {
            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < runs; i++)
            {
                action();
            }

            return runs / stopwatch.Elapsed.TotalSeconds;
        }

        private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

        private static void Print(string what, double perSecond) =>
            Console.WriteLine($"{what,-58} {1_000_000 / perSecond,10:0.0} µs/op {perSecond,12:0} op/s");

        public static async Task Latency(string what, int runs, Func<Task> action)
        {
            for (int i = 0; i < 20; i++)
            {
                await action();
            }

            var samples = new List<double>(runs);
            for (int i = 0; i < runs; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await action();
                samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            samples.Sort();
            double P(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Floor(q * samples.Count))];
            Console.WriteLine($"{what,-58} p50 {P(0.5),6:0.00} ms  p95 {P(0.95),6:0.00} ms  max {samples.Last(),6:0.00} ms  ({runs} calls)");
        }
    }
}
