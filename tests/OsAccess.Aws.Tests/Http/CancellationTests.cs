using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Sts;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Http
{
    /// <summary>A call in flight ends when its token is cancelled, without waiting for the service and without retrying.</summary>
    public class CancellationTests
    {
        [Fact]
        public async Task CancellingEndsAnIamCallThatTheServiceNeverAnswers()
        {
            var handler = new HangingHandler();
            var log = new RecordingCallLog();
            var options = new AwsClientOptions(new AwsEndpoint(new Uri("https://iam.amazonaws.com/"), "us-east-1", "iam"), new StaticCredentialSource(TestOptions.Credentials))
            {
                HttpClient = new HttpClient(handler),
                Retry = new RetryPolicy(new RetryOptions { MaxAttempts = 5 }, new RecordingDelay(), () => 0),
                Log = log,
            };
            using var cancellation = new CancellationTokenSource();

            var call = new IamClient(options).GetUserAsync("alice", cancellation.Token);
            await handler.Received.Task;
            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            Assert.Equal(1, handler.Calls);
            Assert.Equal("Cancelled", Assert.Single(log.Records).ErrorCode);
        }

        [Fact]
        public async Task CancellingEndsAnSdkCallThatTheServiceNeverAnswers()
        {
            var release = new TaskCompletionSource<bool>();
            var received = new TaskCompletionSource<bool>();
            using var server = new LoopbackServer(_ =>
            {
                received.TrySetResult(true);
                release.Task.Wait(TimeSpan.FromMinutes(2));
                return (500, "text/plain", "released");
            });
            var options = new AwsClientOptions(new AwsEndpoint(new Uri(server.Url), "us-east-1", "sts"), new StaticCredentialSource(TestOptions.Credentials))
            {
                Retry = new RetryPolicy(new RetryOptions { MaxAttempts = 5 }, new RecordingDelay(), () => 0),
            };
            using var sts = new SdkStsClient(options);
            using var cancellation = new CancellationTokenSource();

            var call = sts.GetCallerIdentityAsync(cancellation.Token);
            await received.Task;
            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            Assert.False(release.Task.IsCompleted);
            release.SetResult(true);
        }

        private sealed class HangingHandler : HttpMessageHandler
        {
            public TaskCompletionSource<bool> Received { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            public int Calls { get; private set; }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Calls++;
                Received.TrySetResult(true);
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
            }
        }
    }
}
