using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Differential;

namespace OsAccess.Bench.Evaluation
{
    /// <summary>
    /// Decisions per second of PolicyEvaluator.Decide and of iam-simulate's runUnsafeSimulation on the same requests,
    /// in one run: the guardrail question (two SCP levels and one identity policy) and a generated corpus.
    /// Single-threaded on both sides. Usage: dotnet run -c Release [-- seconds]
    /// </summary>
    public static class Program
    {
        private const string Guardrail = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Statement1\",\"Effect\":\"Deny\",\"Action\":\"ssm:StartSession\",\"Resource\":\"*\",\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalARN\":\"arn:aws:iam::*:role/OSAccess\"}}}]}";

        public static int Main(string[] args)
        {
            var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3.0;
            Console.WriteLine($"OsAccess policy evaluation benchmark; {Environment.ProcessorCount} logical CPUs, one thread per engine, {seconds:0.#} s per measurement");

            var guardrail = GuardrailCases();
            var corpus = new CorpusGenerator(7).Generate(3000).Where(c => c.ResourcePolicy == null).ToList();
            Report("guardrail question (2 SCP levels + 1 identity policy)", guardrail, seconds);
            Report($"generated corpus ({corpus.Count} requests)", corpus, seconds);
            return 0;
        }

        private static void Report(string title, List<DifferentialCase> cases, double seconds)
        {
            var builder = new DifferentialRequests();
            var requests = cases.Select(builder.Build).ToArray();
            var (ours, bytesPerDecision) = Measure(requests, seconds);
            string theirs;
            string ratio;
            if (NodeOracle.WhyUnavailable != null)
            {
                theirs = "skipped: " + NodeOracle.WhyUnavailable;
                ratio = "n/a";
            }
            else
            {
                var perSecond = NodeOracle.DecisionsPerSecond(cases, seconds);
                theirs = $"{perSecond,14:N0} decisions/s";
                ratio = $"{ours / perSecond:N0}×";
            }
            Console.WriteLine();
            Console.WriteLine(title);
            Console.WriteLine($"  OsAccess PolicyEvaluator.Decide   {ours,14:N0} decisions/s   ({bytesPerDecision:0.##} bytes allocated per decision)");
            Console.WriteLine($"  iam-simulate runUnsafeSimulation  {theirs}");
            Console.WriteLine($"  ratio                             {ratio}");
        }

        private static (double PerSecond, double BytesPerDecision) Measure(EvaluationRequest[] requests, double seconds)
        {
            var sink = 0;
            for (var i = 0; i < 200_000; i++) sink += (int)PolicyEvaluator.Decide(requests[i % requests.Length]);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            long count = 0;
            var limit = TimeSpan.FromSeconds(seconds);
            while (watch.Elapsed < limit)
            {
                for (var i = 0; i < 10_000; i++) sink += (int)PolicyEvaluator.Decide(requests[(count + i) % requests.Length]);
                count += 10_000;
            }
            watch.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(sink);
            return (count / watch.Elapsed.TotalSeconds, (double)allocated / count);
        }

        // An admin role session (explicitly denied by the guardrail) and an OSAccess session (allowed), alternately.
        private static List<DifferentialCase> GuardrailCases()
        {
            DifferentialCase Case(int id, string caller) => new DifferentialCase
            {
                Id = id,
                Principal = caller,
                Action = "ssm:StartSession",
                Resource = $"arn:aws:ec2:us-east-1:{CorpusGenerator.Account}:instance/i-0abc",
                ResourceAccount = CorpusGenerator.Account,
                Identity = new List<string> { CorpusGenerator.FullAwsAccess },
                Scp = new List<DifferentialScpLevel>
                {
                    new DifferentialScpLevel { Target = "r-root", Policies = new List<string> { CorpusGenerator.FullAwsAccess } },
                    new DifferentialScpLevel { Target = "ou-workloads", Policies = new List<string> { CorpusGenerator.FullAwsAccess, Guardrail } },
                },
            };
            return new List<DifferentialCase>
            {
                Case(0, $"arn:aws:sts::{CorpusGenerator.Account}:assumed-role/Admin/alice"),
                Case(1, $"arn:aws:sts::{CorpusGenerator.Account}:assumed-role/OSAccess/alice"),
            };
        }
    }
}
