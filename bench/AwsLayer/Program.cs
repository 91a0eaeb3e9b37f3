using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime.Internal.Auth;
using SdkRequest = Amazon.Runtime.Internal.DefaultRequest;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using LocalAws.Hosting;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Signing;
using OsAccess.Aws.Sts;
using OsAccess.Core.Time;

namespace AwsLayer
{
    public static class Program
    {
        public static async Task<int> Main()
        {
            Console.WriteLine($"AWS layer figures ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})");
            Signing();
            await FanOut();
            await LocalAwsCalls();
            return 0;
        }

        private static void Signing()
        {
            string body = "Action=GetAccountAuthorizationDetails&Version=2010-05-08&Filter.member.1=Role&Marker=" + new string('x', 200);
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            var signedAt = DateTimeOffset.UtcNow;
            var scope = SigV4Scope.At(signedAt, "us-east-1", "iam");
            var headers = new List<KeyValuePair<string, string>>
            {
                new("host", "iam.amazonaws.com"),
                new("x-amz-date", SigV4.FormatTime(signedAt)),
                new("content-type", "application/x-www-form-urlencoded; charset=utf-8"),
                new("x-amz-security-token", new string('t', 800)),
                new("x-amz-content-sha256", SigV4.HashHex(bytes)), // AWSSDK.Core 4 sends and signs it; signed here too, so both sign one request
            };
            var request = new SigV4Request("POST", "/", Array.Empty<KeyValuePair<string, string>>(), headers, SigV4.HashHex(bytes));
            string signature = SigV4.Signature("secret", scope, signedAt, request);
            var authorization = new SigV4Authorization("AKIDEXAMPLE", scope, SigV4Canonicalizer.SignedHeaders(headers), signature).ToString();
            var received = headers.Append(new KeyValuePair<string, string>("Authorization", authorization)).ToList();

            Measure.Against("SigV4: sign an IAM request (hash body + canonicalize + HMAC)",
                () => SigV4.Signature("secret", scope, signedAt, new SigV4Request("POST", "/", Array.Empty<KeyValuePair<string, string>>(), headers, SigV4.HashHex(bytes))),
                "  baseline: AWSSDK.Core AWS4Signer.SignRequest, same request", SdkSigner(bytes, headers, signedAt, signature), 50_000);
            Measure.Throughput("SigV4: verify a received request", 50_000,
                () => SigV4Verifier.Verify("POST", "/", Array.Empty<KeyValuePair<string, string>>(), received, SigV4.HashHex(bytes), _ => "secret"));
        }

        /// <summary>
        /// The baseline: AWSSDK.Core's own signer on the same request (the signer the SDK clients use; an internal
        /// type, fine for a benchmark, never for the product), once it has computed the same signature as ours.
        /// </summary>
        private static Action SdkSigner(byte[] body, IReadOnlyList<KeyValuePair<string, string>> headers, DateTimeOffset signedAt, string expected)
        {
            var request = new SdkRequest(new GetCallerIdentityRequest(), "AmazonSecurityTokenService")
            {
                HttpMethod = "POST",
                Endpoint = new Uri("https://iam.amazonaws.com"),
                ResourcePath = "/",
                Content = body,
                AuthenticationRegion = "us-east-1",
                OverrideSigningServiceName = "iam",
            };
            foreach (var header in headers.Where(h => h.Key != "host" && h.Key != "x-amz-date" && h.Key != "x-amz-content-sha256"))
            {
                request.Headers[header.Key] = header.Value;
            }

            var config = new AmazonSecurityTokenServiceConfig { ServiceURL = "https://iam.amazonaws.com", AuthenticationRegion = "us-east-1" };
            var signer = new AWS4Signer();
            string actual = signer.SignRequest(request, config, null, "AKIDEXAMPLE", "secret", signedAt.UtcDateTime).Signature;
            if (actual != expected)
            {
                throw new InvalidOperationException($"AWSSDK.Core signed the benchmark request differently ({actual} vs {expected}); the comparison would be meaningless.");
            }

            return () => signer.SignRequest(request, config, null, "AKIDEXAMPLE", "secret", signedAt.UtcDateTime);
        }

        private static async Task FanOut()
        {
            var sts = new CountingSts();
            var sessions = new CrossAccountSessions(sts, SystemClock.Instance, new CrossAccountOptions());
            var accounts = Enumerable.Range(0, 1000).Select(i => (100000000000L + i).ToString()).ToList();
            var stopwatch = Stopwatch.StartNew();
            await Task.WhenAll(accounts.SelectMany(a => Enumerable.Range(0, 10)
                .Select(_ => Task.Run(() => sessions.ForAccount(a).GetCredentialsAsync(CancellationToken.None)))));
            stopwatch.Stop();
            Console.WriteLine($"{"Cross-account: 1,000 accounts x 10 concurrent callers",-58} {stopwatch.Elapsed.TotalMilliseconds,10:0} ms     {sts.Calls} AssumeRole calls (STS answering in 5 ms)");
        }

        private static async Task LocalAwsCalls()
        {
            await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0 });
            var session = new AwsSession("us-east-1", "bench",
                new ResolvedCredentials(new StaticCredentialSource(new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey)), "bench"),
                new EndpointResolver(host.Endpoint.ToString(), _ => null));
            var iam = session.Iam();
            var org = session.Organizations();
            using var stsClient = session.Sts();

            await Measure.Latency("LocalAws over loopback: IAM GetUser (our Query client)", 500, () => iam.GetUserAsync("alice", CancellationToken.None));
            await Measure.Latency("LocalAws over loopback: Organizations ListAccounts (JSON 1.1)", 500, () => org.ListAccountsAsync(null, CancellationToken.None));
            await Measure.Latency("LocalAws over loopback: STS GetCallerIdentity (AWSSDK)", 500, () => stsClient.GetCallerIdentityAsync(CancellationToken.None));
        }

        private sealed class CountingSts : IStsClient
        {
            private int calls;

            public int Calls => calls;

            public Task<StsCallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

            public async Task<AssumedRole> AssumeRoleAsync(AssumeRoleInput input, CancellationToken cancellationToken)
            {
                int n = Interlocked.Increment(ref calls);
                await Task.Delay(5, cancellationToken);
                return new AssumedRole(new AwsCredentials("ASIA" + n, "s", "t", DateTimeOffset.UtcNow.AddHours(1)), input.RoleArn, "AROA" + n, null);
            }

            public void Dispose()
            {
            }
        }
    }
}
