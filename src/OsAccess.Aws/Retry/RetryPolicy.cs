using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Retry
{
    /// <summary>Capped exponential backoff with full jitter.</summary>
    public sealed class RetryPolicy
    {
        private readonly IDelay delay;
        private readonly Func<double> random;

        /// <param name="random">Uniform in [0, 1); tests pass a fixed value.</param>
        public RetryPolicy(RetryOptions options, IDelay delay, Func<double>? random = null)
        {
            if (options.MaxAttempts < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "MaxAttempts must be at least 1.");
            }

            Options = options;
            this.delay = delay;
            this.random = random ?? SharedRandom.NextDouble;
        }

        public static RetryPolicy Default { get; } = new RetryPolicy(new RetryOptions(), TaskDelay.Instance);

        public RetryOptions Options { get; }

        /// <summary>The wait before retry number <paramref name="retry"/> (1 for the second attempt).</summary>
        public TimeSpan BackoffBefore(int retry)
        {
            double cap = Math.Min(Options.MaxDelay.TotalMilliseconds, Options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30)));
            return TimeSpan.FromMilliseconds(cap * random());
        }

        /// <summary>Runs <paramref name="attempt"/> (given the attempt number, from 1) until it succeeds, fails for good or attempts run out.</summary>
        public async Task<T> ExecuteAsync<T>(Func<int, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
        {
            for (int number = 1; ; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    return await attempt(number, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (number < Options.MaxAttempts && RetryableErrors.IsRetryable(error, cancellationToken))
                {
                    await delay.WaitAsync(BackoffBefore(number), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static class SharedRandom
        {
            private static readonly Random Generator = new Random();

            public static double NextDouble()
            {
                lock (Generator)
                {
                    return Generator.NextDouble();
                }
            }
        }
    }
}
