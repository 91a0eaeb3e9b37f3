using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Http
{
    /// <summary>What a user sees when the endpoint is not an AWS service: each client, against loopback listeners we control.</summary>
    public class EndpointFailureTests
    {
        private static AwsSession At(string url, Func<string, string?>? environment = null) =>
            new AwsSession("us-east-1", "test", new ResolvedCredentials(new StaticCredentialSource(new AwsCredentials("AKIA1", "s")), "test"),
                new EndpointResolver(environment == null ? url : null, environment ?? (_ => null)))
            {
                Retry = new RetryPolicy(new RetryOptions { MaxAttempts = 2 }, new RecordingDelay(), () => 0),
            };

        private static async Task<Exception> FailureOf(Func<CancellationToken, Task> call)
        {
            var error = await Record.ExceptionAsync(() => call(CancellationToken.None));
            Assert.NotNull(error);
            return error!;
        }

        private static int UnusedPort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        [Fact]
        public async Task ARefusedConnectionNamesTheEndpointItsSourceAndWhatToCheck()
        {
            string url = $"http://127.0.0.1:{UnusedPort()}/";
            var session = At(url);

            foreach (var failure in new[]
            {
                await FailureOf(ct => session.Sts().GetCallerIdentityAsync(ct)),
                await FailureOf(ct => session.Iam().ListUsersAsync(null, null, ct)),
            })
            {
                var endpoint = Assert.IsType<AwsEndpointException>(failure);
                Assert.Equal(AwsEndpointProblem.ConnectionRefused, endpoint.Problem);
                Assert.Matches($@"^(STS GetCallerIdentity|IAM ListUsers): {Regex(url)} \(from -EndpointUrl\) refused the connection: is the service running there, and is the port right\?$", endpoint.Message);
                Assert.IsAssignableFrom<HttpRequestException>(endpoint);
            }
        }

        [Fact]
        public async Task TlsToAPlainHttpPortSaysToUseHttp()
        {
            using var server = new LoopbackServer(_ => (200, "text/plain", "plain"));
            string url = server.Url.Replace("http://", "https://");
            var session = At(url, name => name == "AWS_ENDPOINT_URL" ? url : null);

            var failure = Assert.IsType<AwsEndpointException>(await FailureOf(ct => session.Sts().GetCallerIdentityAsync(ct)));

            Assert.Equal(AwsEndpointProblem.TlsFailed, failure.Problem);
            Assert.Equal($"STS GetCallerIdentity: {url} (from $env:AWS_ENDPOINT_URL) did not complete a TLS handshake: " +
                $"if it serves plain HTTP, use {server.Url}.", failure.Message);
        }

        [Fact]
        public async Task AnHtmlPageIsReportedAsNotAnAwsAnswerWithoutThePage()
        {
            const string page = "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>nginx</p></body></html>";
            using var server = new LoopbackServer(_ => (404, "text/html", page));
            var session = At(server.Url, name => name == "AWS_ENDPOINT_URL_STS" || name == "AWS_ENDPOINT_URL_SSM" || name == "AWS_ENDPOINT_URL_IAM" ? server.Url : null);

            foreach (var (failure, service) in new[]
            {
                (await FailureOf(ct => session.Sts().GetCallerIdentityAsync(ct)), "STS"),
                (await FailureOf(ct => session.Ssm().DescribeInstanceInformationAsync(null, ct)), "SSM"),
                (await FailureOf(ct => session.Iam().ListUsersAsync(null, null, ct)), "IAM"),
            })
            {
                var endpoint = Assert.IsType<AwsEndpointException>(failure);
                Assert.Equal(AwsEndpointProblem.NotAws, endpoint.Problem);
                Assert.EndsWith($": {server.Url} (from $env:AWS_ENDPOINT_URL_{service}) answered HTTP 404 with no AWS error in it, so it is not an AWS endpoint: " +
                    "is the URL the service's endpoint (an emulator's base URL, not a web page or proxy)?", endpoint.Message);
                Assert.DoesNotContain("<", endpoint.Message);
            }
        }

        [Fact]
        public async Task AnAwsErrorAnswerStaysAnAwsError()
        {
            using var server = new LoopbackServer(_ => (403, "text/xml",
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no</Message></Error><RequestId>r-1</RequestId></ErrorResponse>"));

            var failure = await FailureOf(ct => At(server.Url).Sts().GetCallerIdentityAsync(ct));

            Assert.Equal("AccessDenied", Assert.IsType<AwsServiceException>(failure).Code);
        }

        private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
    }
}
