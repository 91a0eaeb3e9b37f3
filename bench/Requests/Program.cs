using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Hosting;
using LocalAws.Infrastructure;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sessions;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.Workflows.Requests;

namespace RequestsBench;

/// <summary>
/// What Get-OSAccessRequest does below PowerShell over a hub holding 500 pending requests, against an in-process LocalAws
/// with 5 ms injected on every SSM call: the named baseline <see cref="SequentialList"/> (each request's two reads one after
/// another), then <see cref="AccessRequestStore"/> at read limits 1, 8 (-ThrottleLimit's default) and 16, in turn, for
/// three rounds. Prints each one's median wall time against its bound, the calls LocalAws counted, and the baseline's median
/// over the store's at the default; exit code 1 if any list differs from the baseline's.
/// </summary>
public static class Program
{
    private const int Requests = 500;
    private const int LatencyMs = 5;
    private const int Rounds = 3;
    private const int PageSize = 50; // DescribeOpsItems' largest page
    private static readonly int[] Limits = { 1, AccessRequestStore.DefaultReadLimit, 16 };
    private static readonly CancellationToken None = CancellationToken.None;

    public static async Task<int> Main()
    {
        await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0 });
        var caller = new AwsSession("us-east-1", "bench",
            new ResolvedCredentials(new StaticCredentialSource(new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey)), "bench"),
            new EndpointResolver(host.Endpoint.ToString(), _ => null));
        using var ssm = caller.Ssm();
        var store = new AccessRequestStore(ssm);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < Requests; i++)
        {
            var draft = new AccessRequestDraft
            {
                AccountIds = new[] { (500000000000L + i % 200).ToString() }, RoleName = "OSAccess",
                Window = AccessWindow.Create(now.AddMinutes(i % 60), now.AddMinutes(i % 60).AddHours(4)), Reason = $"CHG-{i:D4}: patch window for fleet {i % 20}",
            };
            await store.CreateAsync(draft, $"user{i % 50:D2}", None);
        }

        Console.WriteLine($"Get-OSAccessRequest below PowerShell ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
            $"load average {LoadAverage()} at the start, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC):");
        Console.WriteLine($"{Requests} pending requests in LocalAws, {LatencyMs} ms injected on every SSM call; median of {Rounds} rounds, approaches in turn");

        // Warm-up, no latency: JIT, connections.
        var expected = Fields(await SequentialList.ListAsync(ssm, None));
        foreach (var limit in Limits) await new AccessRequestStore(ssm, limit).ListAsync(new AccessRequestQuery(), None);

        host.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Service = "ssm", LatencyMs = LatencyMs });
        var runs = new List<Run>();
        var differ = 0;
        for (var round = 0; round < Rounds; round++)
        {
            runs.Add(await MeasureAsync(host, "sequential (baseline)", 1, () => SequentialList.ListAsync(ssm, None)));
            foreach (var limit in Limits)
            {
                runs.Add(await MeasureAsync(host, "AccessRequestStore", limit, () => new AccessRequestStore(ssm, limit).ListAsync(new AccessRequestQuery(), None)));
            }
            differ += runs.Skip(runs.Count - Limits.Length - 1).Count(r => !r.Fields.SequenceEqual(expected));
        }

        var pages = (Requests + PageSize - 1) / PageSize;
        var baseline = Median(runs.Where(r => r.Limit == 1 && r.Name.StartsWith("sequential")));
        var calls = runs[0].Calls;
        var perCall = baseline / calls.Values.Sum();
        Console.WriteLine();
        Console.WriteLine($"{"approach",-22} {"limit",5} {"median",10} {"min",10} {"max",10} {"bound",10} {"ratio",7} {"baseline ÷ limit",17} {"ratio",7}  calls");
        foreach (var group in runs.GroupBy(r => (r.Name, r.Limit)))
        {
            var walls = group.Select(r => r.Wall).OrderBy(w => w).ToList();
            var median = walls[walls.Count / 2];
            // The walk's pages follow one another; each request's two reads follow one another, limit requests at a time.
            var waves = (Requests + group.Key.Limit - 1) / group.Key.Limit;
            double bound = (pages + 2.0 * waves) * LatencyMs;
            double measured = group.Key.Limit == 1 ? baseline : pages * perCall + (baseline - pages * perCall) / group.Key.Limit;
            var counted = group.First().Calls;
            Console.WriteLine($"{group.Key.Name,-22} {group.Key.Limit,5} {median,7:N0} ms {walls[0],7:N0} ms {walls[^1],7:N0} ms {bound,7:N0} ms {median / bound,6:0.00}× {measured,14:N0} ms {median / measured,6:0.00}×  " +
                string.Join(", ", counted.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
        }

        var atDefault = Median(runs.Where(r => r.Name == "AccessRequestStore" && r.Limit == AccessRequestStore.DefaultReadLimit));
        Console.WriteLine();
        Console.WriteLine($"baseline ÷ AccessRequestStore at the default limit {AccessRequestStore.DefaultReadLimit}: {baseline:N0} ms ÷ {atDefault:N0} ms = {baseline / atDefault:0.0}×");
        Console.WriteLine($"bound: (DescribeOpsItems pages + 2 × ⌈requests ÷ limit⌉) × {LatencyMs} ms; baseline ÷ limit: the pages at the baseline's cost per call ({perCall:0.00} ms), the rest ÷ limit");
        var delays = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var watch = Stopwatch.StartNew();
            await Task.Delay(LatencyMs);
            delays.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"one Task.Delay({LatencyMs}), how LocalAws injects the latency, takes {delays.OrderBy(d => d).ElementAt(delays.Count / 2):0.0} ms here (median of 50)");
        Console.WriteLine(differ == 0 ? $"Every list equals the baseline's ({expected.Count} requests, newest first)." : $"{differ} lists differ from the baseline's.");
        return differ == 0 ? 0 : 1;
    }

    private static async Task<Run> MeasureAsync(LocalAwsHost host, string name, int limit, Func<Task<IReadOnlyList<AccessRequestRecord>>> list)
    {
        host.Emulator.Requests.Clear();
        var watch = Stopwatch.StartNew();
        var records = await list();
        watch.Stop();
        return new Run(name, limit, watch.Elapsed.TotalMilliseconds, host.Emulator.Requests.Counts(), Fields(records));
    }

    private static double Median(IEnumerable<Run> runs)
    {
        var walls = runs.Select(r => r.Wall).OrderBy(w => w).ToList();
        return walls[walls.Count / 2];
    }

    /// <summary>Everything a record holds, to compare two lists of them.</summary>
    private static List<string> Fields(IReadOnlyList<AccessRequestRecord> records) => records.Select(r =>
        $"{r.RequestId}|{r.UserName}|{r.RequesterArn}|{string.Join(",", r.AccountIds)}|{r.RoleName}|{r.Window.StartText}|{r.Window.EndText}|{r.Reason}|{r.ReasonRefused}|" +
        $"{r.RequestedAt:o}|{r.Decision}|{r.DecidedBy}|{r.DecidedAt:o}|{r.Comment}|{r.GrantId}|{r.Withdrawn}").ToList();

    private static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    private sealed record Run(string Name, int Limit, double Wall, IReadOnlyDictionary<string, int> Calls, List<string> Fields);
}
