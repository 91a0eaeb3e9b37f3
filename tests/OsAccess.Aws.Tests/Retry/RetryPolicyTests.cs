using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Retry
{
    public class RetryPolicyTests
    {
        private static AwsServiceException Error(string code, HttpStatusCode status = HttpStatusCode.BadRequest) =>
            new AwsServiceException("IAM", "GetRole", code, "m", "r", status);

        [Theory]
        [InlineData("Throttling", HttpStatusCode.BadRequest, true)]
        [InlineData("ThrottlingException", HttpStatusCode.BadRequest, true)]
        [InlineData("TooManyRequestsException", HttpStatusCode.BadRequest, true)]
        [InlineData("RequestLimitExceeded", HttpStatusCode.ServiceUnavailable, true)]
        [InlineData("ConcurrentModificationException", HttpStatusCode.BadRequest, true)]
        [InlineData("ConcurrentModification", HttpStatusCode.Conflict, true)]
        [InlineData("ServiceFailure", HttpStatusCode.InternalServerError, true)]
        [InlineData("ServiceUnavailable", HttpStatusCode.ServiceUnavailable, true)]
        [InlineData("AccessDenied", HttpStatusCode.Forbidden, false)]
        [InlineData("NoSuchEntity", HttpStatusCode.NotFound, false)]
        [InlineData("ValidationError", HttpStatusCode.BadRequest, false)]
        [InlineData("MalformedPolicyDocument", HttpStatusCode.BadRequest, false)]
        [InlineData("EntityAlreadyExists", HttpStatusCode.Conflict, false)]
        public void RetriesThrottling5xxAndConcurrentModificationOnly(string code, HttpStatusCode status, bool retryable)
        {
            Assert.Equal(retryable, RetryableErrors.IsRetryable(Error(code, status), CancellationToken.None));
        }

        [Fact]
        public void NeverRetriesOnceTheCallerCancelled()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.False(RetryableErrors.IsRetryable(Error("Throttling"), cancelled.Token));
            Assert.False(RetryableErrors.IsRetryable(new OperationCanceledException(), cancelled.Token));
        }

        [Fact]
        public void BackoffDoublesAndIsCapped()
        {
            var policy = new RetryPolicy(new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) }, new RecordingDelay(), () => 0.999999);

            Assert.Equal(100, policy.BackoffBefore(1).TotalMilliseconds, 0);
            Assert.Equal(200, policy.BackoffBefore(2).TotalMilliseconds, 0);
            Assert.Equal(800, policy.BackoffBefore(4).TotalMilliseconds, 0);
            Assert.Equal(1000, policy.BackoffBefore(5).TotalMilliseconds, 0);
            Assert.Equal(1000, policy.BackoffBefore(500).TotalMilliseconds, 0);
        }

        [Fact]
        public void JitterSpreadsTheBackoffBetweenZeroAndTheCap()
        {
            var low = new RetryPolicy(new RetryOptions { BaseDelay = TimeSpan.FromSeconds(1) }, new RecordingDelay(), () => 0.0);
            var mid = new RetryPolicy(new RetryOptions { BaseDelay = TimeSpan.FromSeconds(1) }, new RecordingDelay(), () => 0.25);

            Assert.Equal(TimeSpan.Zero, low.BackoffBefore(3));
            Assert.Equal(TimeSpan.FromSeconds(1), mid.BackoffBefore(3));
        }

        [Fact]
        public async Task GivesUpAfterMaxAttemptsWithTheLastError()
        {
            var delay = new RecordingDelay();
            var policy = new RetryPolicy(new RetryOptions { MaxAttempts = 4 }, delay, () => 0.5);
            int calls = 0;

            var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
                policy.ExecuteAsync<int>((attempt, ct) => { calls++; throw Error("Throttling"); }, CancellationToken.None));

            Assert.Equal("Throttling", error.Code);
            Assert.Equal(4, calls);
            Assert.Equal(3, delay.Waits.Count);
        }

        [Fact]
        public void MaxAttemptsBelowOneIsRefused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(new RetryOptions { MaxAttempts = 0 }, new RecordingDelay()));
        }
    }
}
