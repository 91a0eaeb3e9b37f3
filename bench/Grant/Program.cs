using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Hosting;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Core.Grants;
using OsAccess.Core.Time;
using OsAccess.Workflows.Grants;

namespace Grant.Bench;

/// <summary>
/// Calls of one grant for 1 and 20 accounts; reading 2,000 grants among 5,000 users, paged against per user; and the
/// same hub read with -IncludeUnmanaged's every policy, each user decided by the engine.
/// </summary>
public static class Program
{
    private const int Users = 5000;
    private const int Grants = 2000;
    private const int Unmanaged = 100;
    private const string Admin = "arn:aws:iam::111111111111:user/admin";

    public static async Task<int> Main()
    {
        await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0 });
        var iam = new IamClient(new AwsClientOptions(new AwsEndpoint(host.Endpoint, "us-east-1", "iam"),
            new StaticCredentialSource(new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey))));
        var writer = new GrantWriter(iam, SystemClock.Instance);
        var none = CancellationToken.None;

        for (var i = 0; i < Users; i++) await iam.CreateUserAsync($"user{i:D4}", null, null, none);

        foreach (var count in new[] { 1, 20 })
        {
            var accounts = Enumerable.Range(1, count).Select(n => (500000000000L + n).ToString()).ToArray();
            host.Emulator.Requests.Clear();
            await GrantAsync(writer, "user0000", accounts);
            var counts = host.Emulator.Requests.Counts();
            Console.WriteLine($"one grant for {count,2} account(s): {counts.Values.Sum()} IAM calls ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}); Grant-OSAccess adds 1 sts:GetCallerIdentity");
        }

        for (var i = 2; i < Grants; i++) await GrantAsync(writer, $"user{i % Users:D4}", new[] { "222222222222" });
        var start = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ");
        var end = DateTimeOffset.UtcNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ssZ");
        var seedGrant = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::222222222222:role/OSAccess\"," +
            "\"Condition\":{\"DateGreaterThan\":{\"aws:CurrentTime\":\"" + start + "\"},\"DateLessThan\":{\"aws:CurrentTime\":\"" + end + "\"}}}]}";
        for (var i = 0; i < Unmanaged; i++)
        {
            await iam.AttachUserPolicyAsync($"user{Users - 1 - i:D4}", "arn:aws:iam::aws:policy/AdministratorAccess", none);
            await iam.PutUserPolicyAsync($"user{Users - 1 - Unmanaged - i:D4}", "OSAccessGrant", seedGrant, none);
        }
        Console.WriteLine($"hub: {Users:N0} users, {Grants:N0} grants, {Unmanaged} users with AdministratorAccess and {Unmanaged} with a hand-written grant");

        host.Emulator.Requests.Clear();
        var watch = Stopwatch.StartNew();
        var snapshot = await GrantReader.ReadAsync(iam, none);
        watch.Stop();
        Console.WriteLine($"GetAccountAuthorizationDetails pages: {snapshot.Grants.Count:N0} grants in {host.Emulator.Requests.Total():N0} calls, {watch.ElapsedMilliseconds:N0} ms");

        host.Emulator.Requests.Clear();
        watch.Restart();
        var everything = await GrantReader.ReadAsync(iam, none, everyPolicy: true);
        var read = watch.ElapsedMilliseconds;
        var unmanaged = new UnmanagedAccessReader(everything).Find("OSAccess", null, DateTimeOffset.UtcNow);
        watch.Stop();
        Console.WriteLine($"-IncludeUnmanaged: {unmanaged.Count:N0} findings among {Users:N0} users in {host.Emulator.Requests.Total():N0} calls, {read:N0} ms reading, {watch.ElapsedMilliseconds - read:N0} ms deciding");

        host.Emulator.Requests.Clear();
        watch.Restart();
        var found = 0;
        var users = await Pagination.AllAsync((marker, ct) => iam.ListUsersAsync(null, marker, ct), none);
        foreach (var user in users)
        {
            await Pagination.AllAsync((marker, ct) => iam.ListUserPoliciesAsync(user.UserName, marker, ct), none);
            var attached = await Pagination.AllAsync((marker, ct) => iam.ListAttachedUserPoliciesAsync(user.UserName, marker, ct), none);
            foreach (var policy in attached.Where(p => p.PolicyArn.Contains(GrantPolicyName.PathRoot)))
            {
                var detail = await iam.GetPolicyAsync(policy.PolicyArn, none);
                await iam.GetPolicyVersionAsync(policy.PolicyArn, detail.DefaultVersionId!, none);
                found++;
            }
        }
        watch.Stop();
        Console.WriteLine($"per user (ListUsers, ListUserPolicies, ListAttachedUserPolicies, then GetPolicy and GetPolicyVersion per grant): {found:N0} grants in {host.Emulator.Requests.Total():N0} calls, {watch.ElapsedMilliseconds:N0} ms");
        return snapshot.Grants.Count == Grants && found == Grants && unmanaged.Count == 2 * Unmanaged + 1 ? 0 : 1;
    }

    private static async Task GrantAsync(GrantWriter writer, string user, string[] accounts)
    {
        var now = DateTimeOffset.UtcNow;
        var request = new GrantRequest { UserName = user, AccountIds = accounts, RoleName = "OSAccess", Window = AccessWindow.Create(now, now.AddHours(8)), Reason = "bench" };
        await writer.ApplyAsync(await writer.PlanAsync(request, "111111111111", Admin, CancellationToken.None), CancellationToken.None);
    }
}
