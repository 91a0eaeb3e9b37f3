using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace AwsLayer
{
    /// <summary>Runs an action many times after a warm-up and prints the time per run; percentiles for slow ones.</summary>
    internal static class Measure
    {
        /// <returns>Operations per second.</returns>
        public static double Throughput(string what, int runs, Action action)
        {
            for (int i = 0; i < Math.Min(runs, 1000); i++)
            {
                action();
            }

            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < runs; i++)
            {
                action();
            }

            stopwatch.Stop();
            double micros = stopwatch.Elapsed.TotalMilliseconds * 1000 / runs;
            double perSecond = runs / stopwatch.Elapsed.TotalSeconds;
            Console.WriteLine($"{what,-58} {micros,10:0.0} µs/op {perSecond,12:0} op/s");
            return perSecond;
        }

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
