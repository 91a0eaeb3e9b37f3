using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Retry
{
    public class EventualConsistencyTests
    {
        private readonly ManualClock clock = new ManualClock(DateTimeOffset.UnixEpoch);
        private readonly RecordingDelay delay;
        private readonly EventualConsistency consistency;

        public EventualConsistencyTests()
        {
            delay = new RecordingDelay(clock);
            consistency = new EventualConsistency(clock, delay, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2));
        }

        private static AwsServiceException AccessDenied() =>
            new AwsServiceException("STS", "AssumeRole", "AccessDenied", "not authorized to perform sts:AssumeRole", "r", HttpStatusCode.Forbidden);

        [Fact]
        public async Task SucceedsOnceTheWriteHasPropagated()
        {
            int calls = 0;

            string result = await consistency.RunAsync("Assuming the new role", ct => ++calls < 4 ? throw AccessDenied() : Task.FromResult("ok"), null, CancellationToken.None);

            Assert.Equal("ok", result);
            Assert.Equal(4, calls);
            Assert.Equal(3, delay.Waits.Count);
        }

        [Fact]
        public async Task FailsAfterTheBoundWithAMessageThatSaysWhy()
        {
            var error = await Assert.ThrowsAsync<EventualConsistencyException>(() =>
                consistency.RunAsync<int>("Assuming role OSAccess in 222222222222", ct => throw AccessDenied(), null, CancellationToken.None));

            Assert.StartsWith("Assuming role OSAccess in 222222222222 still failed after 30 s", error.Message);
            Assert.Contains("eventually consistent", error.Message);
            Assert.IsType<AwsServiceException>(error.InnerException);
            Assert.Equal(TimeSpan.FromSeconds(30), error.Waited);
            Assert.Equal(TimeSpan.FromSeconds(30), clock.UtcNow - DateTimeOffset.UnixEpoch);
            Assert.Equal(15, delay.Waits.Count);
        }

        [Fact]
        public async Task OtherErrorsPassThroughAtOnce()
        {
            var validation = new AwsServiceException("IAM", "PutRolePolicy", "ValidationError", "bad", "r", HttpStatusCode.BadRequest);

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => consistency.RunAsync<int>("x", ct => throw validation, null, CancellationToken.None));

            Assert.Same(validation, error);
            Assert.Empty(delay.Waits);
        }
    }
}
