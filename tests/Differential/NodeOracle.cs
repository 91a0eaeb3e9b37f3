using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace OsAccess.Differential
{
    /// <summary>
    /// Runs tests/Differential/oracle.js (iam-simulate) as a child process. Installs the oracle's packages with
    /// <c>npm ci</c> the first time. Only node's absence is a reason not to run.
    /// </summary>
    public static class NodeOracle
    {
        private static readonly Lazy<string?> NodeVersion = new Lazy<string?>(() => TryRun("node", "--version", null, out var output) ? output.Trim() : null);

        /// <summary>null when node runs; otherwise why the oracle cannot run.</summary>
        public static string? WhyUnavailable => NodeVersion.Value == null ? "node is not on PATH: the differential test against iam-simulate needs node 20 and npm" : null;

        public static string Folder => Path.Combine(RepositoryRoot(), "tests", "Differential");

        /// <summary>Decisions for every case, by case id ("Allowed", "ExplicitDeny", "ImplicitDeny" or "Error").</summary>
        public static Dictionary<int, OracleResult> Decide(IReadOnlyList<DifferentialCase> cases)
        {
            EnsureInstalled();
            var corpus = Path.Combine(Path.GetTempPath(), $"osaccess-corpus-{Guid.NewGuid():N}.json");
            var results = corpus.Replace("corpus", "results");
            try
            {
                File.WriteAllText(corpus, JsonSerializer.Serialize(cases));
                Run("node", $"oracle.js \"{corpus}\" \"{results}\"");
                var list = JsonSerializer.Deserialize<List<OracleResult>>(File.ReadAllText(results)) ?? new List<OracleResult>();
                var byId = new Dictionary<int, OracleResult>();
                foreach (var result in list) byId[result.Id] = result;
                return byId;
            }
            finally
            {
                File.Delete(corpus);
                File.Delete(results);
            }
        }

        /// <summary>iam-simulate's runUnsafeSimulation decisions per second over the corpus, measured by node itself.</summary>
        public static double DecisionsPerSecond(IReadOnlyList<DifferentialCase> cases, double seconds)
        {
            EnsureInstalled();
            var corpus = Path.Combine(Path.GetTempPath(), $"osaccess-corpus-{Guid.NewGuid():N}.json");
            try
            {
                File.WriteAllText(corpus, JsonSerializer.Serialize(cases));
                var output = Run("node", $"oracle.js \"{corpus}\" --bench {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                using var document = JsonDocument.Parse(output);
                return document.RootElement.GetProperty("perSecond").GetDouble();
            }
            finally
            {
                File.Delete(corpus);
            }
        }

        public static void EnsureInstalled()
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "@cloud-copilot", "iam-simulate"))) return;
            var npm = Environment.OSVersion.Platform == PlatformID.Win32NT ? "npm.cmd" : "npm";
            Run(npm, "ci --no-audit --no-fund");
        }

        private static string Run(string file, string arguments)
        {
            if (!TryRun(file, arguments, Folder, out var output)) throw new InvalidOperationException($"{file} {arguments} failed in {Folder}:\n{output}");
            return output;
        }

        private static bool TryRun(string file, string arguments, string? folder, out string output)
        {
            try
            {
                var start = new ProcessStartInfo(file, arguments)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                if (folder != null) start.WorkingDirectory = folder;
                using var process = Process.Start(start)!;
                var stderr = process.StandardError.ReadToEndAsync();
                output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0) output += stderr.Result;
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception error)
            {
                output = error.Message;
                return false;
            }
        }

        private static string RepositoryRoot()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null && !File.Exists(Path.Combine(folder.FullName, "OsAccess.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("OsAccess.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public sealed class OracleResult
    {
        public int Id { get; set; }

        public string Decision { get; set; } = string.Empty;

        public string? Error { get; set; }
    }
}
