using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Retry
{
    /// <summary>
    /// Retries an operation that follows an IAM write (assuming a role just created, using a policy
    /// just attached) for a bounded time, then fails with <see cref="EventualConsistencyException"/>.
    /// </summary>
    public sealed class EventualConsistency
    {
        private static readonly HashSet<string> PropagationCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "AccessDenied",
            "AccessDeniedException",
            "NoSuchEntity",
            "InvalidClientTokenId",
            "MalformedPolicyDocument",
        };

        private readonly IClock clock;
        private readonly IDelay delay;

        public EventualConsistency(IClock clock, IDelay delay, TimeSpan maxWait, TimeSpan interval)
        {
            this.clock = clock;
            this.delay = delay;
            MaxWait = maxWait;
            Interval = interval;
        }

        public TimeSpan MaxWait { get; }

        public TimeSpan Interval { get; }

        /// <summary>The errors a fresh IAM write typically causes until it has propagated.</summary>
        public static bool IsTypicalPropagationError(Exception error) =>
            error is AwsServiceException aws && PropagationCodes.Contains(aws.Code);

        public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> operation, Func<Exception, bool>? isNotYetVisible, CancellationToken cancellationToken)
        {
            var notYetVisible = isNotYetVisible ?? IsTypicalPropagationError;
            DateTimeOffset start = clock.UtcNow;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    return await operation(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (notYetVisible(error))
                {
                    TimeSpan waited = clock.UtcNow - start;
                    if (waited + Interval > MaxWait)
                    {
                        throw new EventualConsistencyException(what, waited, error);
                    }

                    await delay.WaitAsync(Interval, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
