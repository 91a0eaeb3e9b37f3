using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace LocalAws.Bench;

/// <summary>Sends a fixed number of calls with a fixed number of concurrent callers; reports calls per second.</summary>
public static class Throughput
{
    public sealed record Result(string Name, int Calls, int Failures, TimeSpan Elapsed)
    {
        public double PerSecond => Calls / Elapsed.TotalSeconds;
    }

    public static async Task<Result> MeasureAsync(HttpClient http, Uri endpoint, SignedCall call, int calls, int concurrency)
    {
        int next = 0, failures = 0;
        var clock = Stopwatch.StartNew();
        var workers = new Task[concurrency];
        for (int w = 0; w < concurrency; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= calls)
                {
                    using var request = call.Build(endpoint);
                    using var response = await http.SendAsync(request);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                }
            });
        }
        await Task.WhenAll(workers);
        clock.Stop();
        return new Result(call.Name, calls, failures, clock.Elapsed);
    }
}
