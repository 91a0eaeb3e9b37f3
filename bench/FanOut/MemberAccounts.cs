using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Hosting;
using LocalAws.Infrastructure;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sessions;
using OsAccess.Core.FanOut;

namespace FanOutBench
{
    /// <summary>
    /// What Get-OSAccessContext -AccountId does below PowerShell, against LocalAws with every call delayed by a fixed
    /// latency: per account, AssumeRole of OrganizationAccountAccessRole then GetCallerIdentity in the account, through
    /// AccountFanOut. Prints the wall time against accounts × calls per account × latency ÷ limit.
    /// </summary>
    internal static class MemberAccounts
    {
        private const int CallsPerAccount = 2;

        /// <summary>
        /// One sequential run, then one per limit. Besides the analytic bound it prints the sequential run's time divided
        /// by the limit: the bound with the real cost of a call (signing, LocalAws's own work, the timer's overshoot).
        /// With no latency injected, the run at the first limit gives the CPU floor that no limit goes below.
        /// </summary>
        public static async Task RunAsync(int accounts, int latencyMs, int[] limits)
        {
            var seed = DefaultSeed.Load();
            var ids = Enumerable.Range(1, accounts).Select(i => (500000000000L + i).ToString()).ToList();
            seed.Organization!.Accounts.AddRange(ids.Select(id => new SeedAccount { Id = id, Name = "bench-" + id, Parent = "Root" }));
            await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0, Seed = seed });
            var caller = new AwsSession("us-east-1", "bench",
                new ResolvedCredentials(new StaticCredentialSource(new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey)), "bench"),
                new EndpointResolver(host.Endpoint.ToString(), _ => null));

            Console.WriteLine();
            Console.WriteLine($"Member accounts of LocalAws, as Get-OSAccessContext -AccountId reaches them: {accounts} accounts, {CallsPerAccount} calls each");
            Console.WriteLine($"(AssumeRole, then GetCallerIdentity in the account), {latencyMs} ms injected per call; one run each");
            Once(caller, ids.Take(32).ToList(), 16); // warm-up: JIT, connections
            Console.WriteLine($"{"limit",6} {"wall",10} {"bound",10} {"ratio",7} {"seq ÷ limit",12} {"ratio",7} {"calls",7} {"failed",7}");
            double sequential = 0;
            foreach (int limit in new[] { 1 }.Concat(limits))
            {
                host.Emulator.Requests.Clear();
                host.Emulator.Faults.Clear();
                host.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = latencyMs });
                var (wall, failed) = Once(caller, ids, limit);
                sequential = limit == 1 ? wall : sequential;
                double bound = accounts * CallsPerAccount * (double)latencyMs / limit;
                double measured = sequential / limit;
                Console.WriteLine($"{limit,6} {wall,7:0} ms {bound,7:0} ms {wall / bound,6:0.00}× {measured,9:0} ms {wall / measured,6:0.00}× {host.Emulator.Requests.Total(),7} {failed,7}");
            }

            host.Emulator.Faults.Clear();
            host.Emulator.Requests.Clear();
            var (floor, _) = Once(caller, ids, limits[0]);
            Console.WriteLine($"With no latency injected, limit {limits[0]}: {floor:0} ms ({floor * 1000 / (accounts * CallsPerAccount):0} µs per call, client and LocalAws sharing the 2 cores): the CPU floor.");
        }

        private static (double Wall, int Failed) Once(AwsSession caller, List<string> ids, int limit)
        {
            // A fresh cache per run, as each cmdlet invocation has: every account's role is assumed in the run.
            using var sts = caller.Sts();
            var sessions = new CrossAccountSessions(sts, caller.Clock, new CrossAccountOptions());
            var stopwatch = Stopwatch.StartNew();
            using var fanOut = AccountFanOut.Start(ids, async (id, ct) =>
            {
                var member = caller.InAccount(id, sessions.ForAccount(id), "bench");
                using var memberSts = member.Sts();
                return (await memberSts.GetCallerIdentityAsync(ct).ConfigureAwait(false)).Arn;
            }, limit, CancellationToken.None);
            int failed = 0, completed = 0;
            while (!fanOut.IsFinished)
            {
                if (fanOut.TryRead(out var next, TimeSpan.FromMilliseconds(50)) && next.Kind == FanOutEventKind.Completed)
                {
                    completed++;
                    failed += next.Result!.Succeeded ? 0 : 1;
                }
            }

            stopwatch.Stop();
            if (completed != ids.Count)
            {
                throw new InvalidOperationException($"{completed} of {ids.Count} accounts completed.");
            }

            return (stopwatch.Elapsed.TotalMilliseconds, failed);
        }
    }
}
