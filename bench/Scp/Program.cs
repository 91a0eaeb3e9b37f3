using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Hosting;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Workflows.Organization;

namespace ScpBench
{
    /// <summary>
    /// A whole-organization Test-OSAccessScp below PowerShell (OrganizationScpReader, then GuardrailChecker over every
    /// account) against LocalAws seeded with <see cref="BenchOrganization"/>, side by side with the naive read
    /// (<see cref="NaiveRead"/>) checked the same way: API calls counted by LocalAws's request log, wall time, and the
    /// call bound 2·(n+1) + 2·s + ⌈a/20⌉ + ⌈t/20⌉ + 5.
    /// </summary>
    public static class Program
    {
        private const int Concurrency = 8;
        private const int AwsLatencyMs = 50;

        public static async Task<int> Main()
        {
            var seed = BenchOrganization.Seed();
            var started = Stopwatch.StartNew();
            await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0, Seed = seed });
            Console.WriteLine($"Guardrail check of a whole organization ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})");
            Console.WriteLine($"LocalAws seeded with {BenchOrganization.Accounts} accounts, {BenchOrganization.Units} OUs (4 deep), {BenchOrganization.Policies} SCPs besides FullAWSAccess in {started.ElapsedMilliseconds} ms");

            var client = new OrganizationsClient(new AwsClientOptions(new AwsEndpoint(host.Endpoint, "us-east-1", "organizations"),
                new StaticCredentialSource(new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey))));

            int n = BenchOrganization.Units, s = BenchOrganization.Policies + 1, a = BenchOrganization.Accounts, t = BenchOrganization.Attachments(seed);
            int bound = 2 * (n + 1) + 2 * s + Ceiling(a, 20) + Ceiling(t, 20) + 5;

            var warmUp = await new OrganizationScpReader(client, Concurrency).ReadAsync(new[] { "600000000001" }, null, CancellationToken.None);
            Checker().Check(warmUp.Accounts[0]); // warm-up: JIT, connections
            host.Emulator.Requests.Clear();
            var clock = Stopwatch.StartNew();
            var view = await new OrganizationScpReader(client, Concurrency).ReadAsync(Array.Empty<string>(), null, CancellationToken.None);
            var read = clock.Elapsed;
            var results = view.Accounts.Select(Checker().Check).ToList();
            var walked = (Calls: host.Emulator.Requests.Total(), Read: read, Wall: clock.Elapsed, Compliant: results.Count(r => r.Compliant));
            var walkedCounts = host.Emulator.Requests.Counts().Select(c => $"{c.Key.Split(':')[1]} {c.Value}").ToList();

            host.Emulator.Requests.Clear();
            clock.Restart();
            var paths = await NaiveRead.ReadAsync(client, Concurrency);
            read = clock.Elapsed;
            var checker = Checker();
            var naiveResults = paths.Select(p => checker.Check(new AccountScpPath(p.AccountId, p.AccountName, p.Levels) { IsManagementAccount = p.AccountId == view.ManagementAccountId })).ToList();
            var naive = (Calls: host.Emulator.Requests.Total(), Read: read, Wall: clock.Elapsed, Compliant: naiveResults.Count(r => r.Compliant));
            var naiveCounts = host.Emulator.Requests.Counts().Select(c => $"{c.Key.Split(':')[1]} {c.Value}").ToList();

            var disagreeing = results.Join(naiveResults, r => r.AccountId, r => r.AccountId, (x, y) => x.Compliant == y.Compliant).Count(same => !same);
            Console.WriteLine($"n = {n} OUs, s = {s} SCPs (FullAWSAccess counted), a = {a} accounts, t = {t} attachments: bound 2(n+1) + 2s + ⌈a/20⌉ + ⌈t/20⌉ + 5 = {bound} calls");
            Console.WriteLine($"{Concurrency} calls at once; the 'at {AwsLatencyMs} ms' column is calls × {AwsLatencyMs} ms ÷ {Concurrency}, what the calls alone would take at a typical AWS latency");
            Console.WriteLine();
            Console.WriteLine($"{"",-28} {"API calls",10} {"÷ bound",8} {"read",9} {"read+check",11} {"at " + AwsLatencyMs + " ms",10} {"compliant",10}");
            Row("Test-OSAccessScp (one walk)", walked, bound);
            Row("naive (per account)", naive, bound);
            Console.WriteLine($"{"naive ÷ one walk",-28} {(double)naive.Calls / walked.Calls,9:0.0}× {"",8} {naive.Read / walked.Read,8:0.0}× {naive.Wall / walked.Wall,10:0.0}× {(double)naive.Calls / walked.Calls,9:0.0}×");
            Console.WriteLine();
            Console.WriteLine($"Accounts whose compliance the two reads disagree on: {disagreeing} (of {results.Count}).");
            Console.WriteLine("One walk, by operation: " + string.Join(", ", walkedCounts));
            Console.WriteLine("Naive, by operation: " + string.Join(", ", naiveCounts));
            return walked.Calls <= bound && disagreeing == 0 ? 0 : 1;

            void Row(string name, (int Calls, TimeSpan Read, TimeSpan Wall, int Compliant) run, int limit) =>
                Console.WriteLine($"{name,-28} {run.Calls,10:N0} {(double)run.Calls / limit,7:0.00}× {run.Read.TotalMilliseconds,6:0} ms {run.Wall.TotalMilliseconds,8:0} ms {run.Calls * (double)AwsLatencyMs / Concurrency / 1000,8:0.0} s {run.Compliant,10:N0}");
        }

        /// <summary>A checker of its own for each run, so that neither finds the other's SCPs compiled.</summary>
        private static GuardrailChecker Checker() => new GuardrailChecker(new GuardrailCheckOptions(new GuardrailScpOptions().Resolve()));

        private static int Ceiling(int value, int divisor) => (value + divisor - 1) / divisor;
    }
}
