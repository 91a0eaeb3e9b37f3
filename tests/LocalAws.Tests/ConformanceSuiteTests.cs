using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using LocalAws.Hosting;

namespace LocalAws.Tests;

/// <summary>
/// Runs the boto3 conformance suite (tests/LocalAws.Conformance) against a LocalAws of its own.
/// Needs Debian's python3 with boto3 (apt-get install python3-boto3), or python3 with boto3 on PATH.
/// </summary>
public class ConformanceSuiteTests
{
    [Fact]
    public async Task Boto3SuitePasses()
    {
        await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0 });
        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "tests", "LocalAws.Conformance", "run.py"));
        start.Environment["AWS_ENDPOINT_URL"] = host.Endpoint.ToString().TrimEnd('/');
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        using var python = Process.Start(start)!;
        var stdout = python.StandardOutput.ReadToEndAsync();
        var stderr = python.StandardError.ReadToEndAsync();
        if (!python.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            python.Kill();
            Assert.Fail("The boto3 suite did not finish within 5 minutes.");
        }
        string output = await stdout + await stderr;
        Assert.True(python.ExitCode == 0, "boto3 conformance suite failed (is python3-boto3 installed?):\n" + output);
        Assert.Matches(@"\d+ passed, 0 failed", output);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OsAccess.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("OsAccess.sln not found above " + AppContext.BaseDirectory);
    }
}
