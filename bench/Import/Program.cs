using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ImportBench
{
    /// <summary>
    /// Starts a fresh pwsh (the repo's dotnet tool) per round, imports one module first thing, and reads back the
    /// milliseconds Import-Module took inside that process and the AWS SDK assemblies loaded after it. The two modules
    /// alternate round by round, so both see the same machine.
    /// </summary>
    public static class Program
    {
        private const int Rounds = 9;

        public static int Main()
        {
            var root = RepositoryRoot();
            var manifest = Path.Combine(root, "out", "OsAccess", "OsAccess.psd1");
            if (!File.Exists(manifest))
            {
                Console.Error.WriteLine($"{manifest} is missing: build the module first (dotnet pwsh ./build.ps1 -Task Build).");
                return 1;
            }

            var modules = new[] { ("OsAccess", manifest), ("Microsoft.PowerShell.PSResourceGet", "Microsoft.PowerShell.PSResourceGet") };
            var times = modules.ToDictionary(m => m.Item1, _ => new List<double>());
            var sdk = modules.ToDictionary(m => m.Item1, _ => 0);
            Measure(root, manifest); // warms the disk cache and the tool's first start; not counted
            for (int round = 0; round < Rounds; round++)
            {
                foreach (var (name, path) in modules)
                {
                    var (ms, assemblies) = Measure(root, path);
                    times[name].Add(ms);
                    sdk[name] = assemblies;
                }
            }

            Console.WriteLine($"Import-Module in a fresh pwsh, first thing; median of {Rounds} rounds each, alternating ({Environment.ProcessorCount} cores)");
            Console.WriteLine();
            Console.WriteLine($"{"module",-38} {"median",9} {"min",9} {"max",9} {"AWSSDK loaded",14}");
            foreach (var (name, _) in modules)
            {
                var t = times[name];
                Console.WriteLine($"{name,-38} {Median(t),7:F0}ms {t.Min(),7:F0}ms {t.Max(),7:F0}ms {sdk[name],14}");
            }

            Console.WriteLine();
            Console.WriteLine($"OsAccess ÷ PSResourceGet: {Median(times["OsAccess"]) / Median(times["Microsoft.PowerShell.PSResourceGet"]):F2}× (target: at most 1.00×)");
            return 0;
        }

        private static (double Milliseconds, int SdkAssemblies) Measure(string root, string module)
        {
            var script = "$s = [Diagnostics.Stopwatch]::StartNew(); Import-Module '" + module.Replace("'", "''") + "' -ErrorAction Stop; $s.Stop(); " +
                "\"$($s.Elapsed.TotalMilliseconds) $(@([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -like 'AWSSDK.*' }).Count)\"";
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", script }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var parts = output.Trim().Split(' ');
            if (process.ExitCode != 0 || parts.Length != 2)
            {
                throw new InvalidOperationException($"pwsh failed to import {module} (exit code {process.ExitCode}): {output}{errors}");
            }

            return (double.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OsAccess.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("OsAccess.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
