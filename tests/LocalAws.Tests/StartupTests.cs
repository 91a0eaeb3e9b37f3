using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Hosting;

namespace LocalAws.Tests;

public class StartupTests
{
    [Fact]
    public async Task FirstLineIsJsonWithEndpointAndManagementCredentials()
    {
        var banner = await RunAndReadFirstLine("--port", "0");
        Assert.StartsWith("http://127.0.0.1:", banner["endpoint"]!.GetValue<string>());
        Assert.Equal("111111111111", banner["accountId"]!.GetValue<string>());
        Assert.Equal("AKIAIOSFODNN7EXAMPLE", banner["accessKeyId"]!.GetValue<string>());
        Assert.Equal("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", banner["secretAccessKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task SeedFileChoosesTheAccountAndKeys()
    {
        string seed = Path.GetTempFileName();
        await File.WriteAllTextAsync(seed, """
            {
              "organization": { "managementAccountId": "999999999999", "accounts": [ { "id": "888888888888", "name": "m" } ] },
              "users": [ { "account": "999999999999", "name": "ops", "accessKeys": [ { "accessKeyId": "AKIAOPSOPSOPSOPS0001", "secretAccessKey": "secret" } ] } ]
            }
            """);
        try
        {
            var banner = await RunAndReadFirstLine("--port", "0", "--seed", seed);
            Assert.Equal("999999999999", banner["accountId"]!.GetValue<string>());
            Assert.Equal("AKIAOPSOPSOPSOPS0001", banner["accessKeyId"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(seed);
        }
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"organization":{"accounts":[{"id":"222222222222","name":"x","parent":"Nowhere"}]}}""")]
    public async Task ABadSeedFileIsExplainedWithExitCode2(string content)
    {
        string seed = Path.GetTempFileName();
        await File.WriteAllTextAsync(seed, content);
        try
        {
            using var process = Start("--seed", seed);
            string error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(2, process.ExitCode);
            Assert.False(string.IsNullOrWhiteSpace(error));
            Assert.DoesNotContain(" at ", error);
        }
        finally
        {
            File.Delete(seed);
        }
    }

    [Fact]
    public async Task StopsCleanlyOnSigterm()
    {
        using var process = Start("--port", "0");
        await process.StandardOutput.ReadLineAsync();
        using (var kill = Process.Start("kill", new[] { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            await kill.WaitForExitAsync();
        }
        bool exited = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!exited) process.Kill();
        Assert.True(exited, "LocalAws did not stop on SIGTERM");
        Assert.Equal(0, process.ExitCode);
    }

    [Theory]
    [InlineData(new[] { "--port", "7000", "--seed", "s.json" }, 7000, "s.json")]
    [InlineData(new[] { "--port", "0" }, 0, null)]
    [InlineData(new string[0], 0, null)]
    public void CommandLineReadsPortAndSeed(string[] args, int port, string? seed)
    {
        var parsed = CommandLine.Parse(args);
        Assert.Equal(port, parsed.Port);
        Assert.Equal(seed, parsed.SeedFile);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--bogus", "1")]
    [InlineData("--port", "70000")]
    public void CommandLineRefusesBadArguments(params string[] args) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(args));

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    private static async Task<JsonObject> RunAndReadFirstLine(params string[] args)
    {
        using var process = Start(args);
        try
        {
            string line = (await process.StandardOutput.ReadLineAsync())!;
            var banner = (JsonObject)JsonNode.Parse(line)!;
            using var http = new HttpClient();
            var health = await http.GetStringAsync(banner["endpoint"]!.GetValue<string>() + "/_localaws/health");
            Assert.Contains("ok", health);
            return banner;
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
