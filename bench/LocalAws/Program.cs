using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using System.Xml.Linq;
using LocalAws.Hosting;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;

namespace LocalAws.Bench;

/// <summary>
/// LocalAws throughput on loopback: each operation is called a fixed number of times by concurrent callers,
/// through SigV4 verification and the policy engine. Target: at least 2,000 calls per second.
/// </summary>
public static class Program
{
    private const int Calls = 6000;
    private const int Concurrency = 16;
    private const double Target = 2000;

    public static async Task<int> Main()
    {
        var started = DateTime.UtcNow;
        await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0 });
        Console.WriteLine($"LocalAws up in {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms at {host.Endpoint}");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency });
        var admin = new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey);
        var prod = await AssumeAsync(http, host.Endpoint, admin);

        var calls = new[]
        {
            SignedCall.Query("sts:GetCallerIdentity", "sts", "Action=GetCallerIdentity&Version=2011-06-15", admin),
            SignedCall.Query("iam:GetUser", "iam", "Action=GetUser&Version=2010-05-08", admin),
            SignedCall.Json("organizations:DescribeOrganization", "organizations", "AWSOrganizationsV20161128.DescribeOrganization", "{}", admin),
            SignedCall.Json("ssm:DescribeInstanceInformation", "ssm", "AmazonSSM.DescribeInstanceInformation", "{}", prod),
        };
        foreach (var call in calls) await Throughput.MeasureAsync(http, host.Endpoint, call, 2000, Concurrency);

        Console.WriteLine($"{"operation",-36} {"calls",7} {"failed",7} {"seconds",8} {"calls/s",9}");
        double slowest = double.MaxValue;
        int failures = 0;
        foreach (var call in calls)
        {
            var r = await Throughput.MeasureAsync(http, host.Endpoint, call, Calls, Concurrency);
            slowest = Math.Min(slowest, r.PerSecond);
            failures += r.Failures;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-36} {r.Calls,7} {r.Failures,7} {r.Elapsed.TotalSeconds,8:F2} {r.PerSecond,9:F0}"));
        }
        // A refused call is answered quickly too: the rate only counts when every call succeeded.
        bool met = slowest >= Target && failures == 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"slowest operation: {slowest:F0} calls/s, {failures} failed (target {Target:F0} with none failed: {(met ? "met" : "NOT met")}); {Environment.ProcessorCount} cores, {Concurrency} concurrent callers"));
        Console.WriteLine($"request log total: {host.Emulator.Requests.Total()}");
        return met ? 0 : 1;
    }

    private static async Task<AwsCredentials> AssumeAsync(HttpClient http, Uri endpoint, AwsCredentials admin)
    {
        string body = "Action=AssumeRole&Version=2011-06-15&RoleSessionName=bench&DurationSeconds=3600&RoleArn=" +
            Uri.EscapeDataString("arn:aws:iam::222222222222:role/OrganizationAccountAccessRole");
        using var request = SignedCall.Query("sts:AssumeRole", "sts", body, admin).Build(endpoint);
        using var response = await http.SendAsync(request);
        var xml = XElement.Parse(await response.Content.ReadAsStringAsync());
        string Value(string name) => xml.Descendants().First(e => e.Name.LocalName == name).Value;
        return new AwsCredentials(Value("AccessKeyId"), Value("SecretAccessKey"), Value("SessionToken"));
    }
}
