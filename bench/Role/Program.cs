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
using OsAccess.Core.Roles;
using OsAccess.Workflows.Changes;
using OsAccess.Workflows.Roles;

namespace RoleBench
{
    /// <summary>
    /// What Publish-OSAccessRole does below PowerShell, against LocalAws with every call delayed by a fixed latency: per
    /// account, AssumeRole of OrganizationAccountAccessRole, then RolePublisher's reads and writes, through AccountFanOut.
    /// A first publish runs sequentially and at the throttle limit (on a fresh organization each), then a re-run at the
    /// limit; each is printed against calls per account × accounts × latency ÷ limit, with the calls LocalAws counted.
    /// </summary>
    public static class Program
    {
        private const int Accounts = 200;
        private const int LatencyMs = 50;
        private const int Limit = 16;

        // The fewest calls each run needs. A first publish: AssumeRole and the four writes (CreatePolicy, CreateRole and two
        // AttachRolePolicy), had it written blind. A re-run that sees every kind of drift: AssumeRole and GetRole (trust,
        // duration, tags), ListAttachedRolePolicies, ListRolePolicies, GetPolicy (default version, tags), GetPolicyVersion.
        private const int FirstPublishMinimum = 5;
        private const int RerunMinimum = 6;

        public static async Task<int> Main()
        {
            var seed = DefaultSeed.Load();
            var ids = Enumerable.Range(1, Accounts).Select(i => (700000000000L + i).ToString()).ToList();
            var warmUp = Enumerable.Range(1, Limit).Select(i => (710000000000L + i).ToString()).ToList();
            seed.Organization!.Accounts.AddRange(ids.Concat(warmUp).Select(id => new SeedAccount { Id = id, Name = "bench-" + id, Parent = "Root" }));
            await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0, Seed = seed });
            var caller = new AwsSession("us-east-1", "bench",
                new ResolvedCredentials(new StaticCredentialSource(new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey)), "bench"),
                new EndpointResolver(host.Endpoint.ToString(), _ => null));
            var publisher = new RolePublisher(new OsAccessRoleOptions(DefaultSeed.ManagementAccountId), "OrganizationAccountAccessRole", takeOver: false);

            Console.WriteLine($"Publish-OSAccessRole below PowerShell ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}):");
            Console.WriteLine($"{Accounts} LocalAws member accounts, {LatencyMs} ms injected on every call; one run each");
            Once(host, caller, publisher, warmUp, Limit); // JIT, connections

            Console.WriteLine($"{"run",-22} {"limit",5} {"wall",10} {"bound",10} {"ratio",7} {"calls",6} {"per acct",9} {"minimum",8} {"writes",7} {"failed",7}");
            var sequential = Measure(host, caller, publisher, ids, 1, "first publish", FirstPublishMinimum, reset: true);
            var first = Measure(host, caller, publisher, ids, Limit, "first publish", FirstPublishMinimum, reset: true);
            var rerun = Measure(host, caller, publisher, ids, Limit, "re-run (no change)", RerunMinimum, reset: false);
            Console.WriteLine();
            Console.WriteLine($"First publish at limit {Limit}: {first:0} ms, {sequential / first:0.0}× faster than sequential ({sequential:0} ms).");
            Console.WriteLine("bound: calls per account (as LocalAws counted them) × accounts × latency ÷ limit; minimum: the fewest calls per account");
            Console.WriteLine("that run needs (a first publish written blind: AssumeRole + 4 writes; a re-run that still sees every kind of drift: AssumeRole + 5 reads).");
            return 0;
        }

        private static double Measure(LocalAwsHost host, AwsSession caller, RolePublisher publisher, List<string> ids, int limit, string name, int minimum, bool reset)
        {
            if (reset)
            {
                host.Emulator.Reset();
            }

            host.Emulator.Requests.Clear();
            host.Emulator.Faults.Clear();
            host.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = LatencyMs });
            var (wall, failed) = Once(host, caller, publisher, ids, limit);
            host.Emulator.Faults.Clear();
            var entries = host.Emulator.Requests.Entries();
            int calls = entries.Count;
            int writes = entries.Count(e => !(e.Operation.StartsWith("Get") || e.Operation.StartsWith("List") || e.Operation == "AssumeRole"));
            double perAccount = calls / (double)ids.Count;
            double bound = calls * (double)LatencyMs / limit;
            Console.WriteLine($"{name,-22} {limit,5} {wall,7:0} ms {bound,7:0} ms {wall / bound,6:0.00}× {calls,6} {perAccount,9:0.0} {minimum,8} {writes,7} {failed,7}");
            return wall;
        }

        private static (double Wall, int Failed) Once(LocalAwsHost host, AwsSession caller, RolePublisher publisher, List<string> ids, int limit)
        {
            // A fresh cache per run, as each cmdlet invocation has: every account's cross-account role is assumed in the run.
            using var sessions = new MemberAccountSessions();
            var stopwatch = Stopwatch.StartNew();
            using var fanOut = AccountFanOut.Start(ids, (id, ct) => publisher.PublishAsync(sessions.ForAccount(caller, id, "OrganizationAccountAccessRole", null), ApproveAll.Instance, ct),
                limit, CancellationToken.None);
            int failed = 0, completed = 0;
            while (!fanOut.IsFinished)
            {
                if (fanOut.TryRead(out var next, TimeSpan.FromMilliseconds(50)) && next.Kind == FanOutEventKind.Completed)
                {
                    completed++;
                    if (!next.Result!.Succeeded)
                    {
                        failed++;
                        if (failed == 1) Console.WriteLine($"  first failure: {next.Result.Error!.Message}");
                    }
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
