using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Http
{
    /// <summary>
    /// Runs a call under the client's retry policy and writes one <see cref="AwsCallRecord"/> per attempt,
    /// whatever its outcome. Shared by our own protocol clients and the SDK clients.
    /// </summary>
    internal static class LoggedAttempts
    {
        /// <param name="attempt">One attempt; it fills in the <see cref="AttemptOutcome"/> it is given as far as it knows it.</param>
        /// <remarks>A failure that shows the endpoint is wrong ends as an <see cref="AwsEndpointException"/> once the retries are spent.</remarks>
        public static async Task<T> RunAsync<T>(AwsClientOptions options, string service, string operation,
            Func<AttemptOutcome, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
        {
            try
            {
                return await AttemptsAsync(options, service, operation, attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (!(error is OperationCanceledException))
            {
                var described = EndpointFailures.Describe(error, options, service, operation);
                if (ReferenceEquals(described, error))
                {
                    throw;
                }

                throw described;
            }
        }

        private static Task<T> AttemptsAsync<T>(AwsClientOptions options, string service, string operation,
            Func<AttemptOutcome, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken) =>
            options.Retry.ExecuteAsync(async (number, ct) =>
            {
                var outcome = new AttemptOutcome();
                var stopwatch = Stopwatch.StartNew();
                try
                {
                    return await attempt(outcome, ct).ConfigureAwait(false);
                }
                catch (Exception error) when (outcome.ErrorCode == null)
                {
                    outcome.ErrorCode = error is OperationCanceledException && ct.IsCancellationRequested ? "Cancelled" : error.GetType().Name;
                    throw;
                }
                finally
                {
                    options.Log.Record(new AwsCallRecord(service, operation, options.Account, options.Endpoint.SigningRegion,
                        number, stopwatch.Elapsed, outcome.StatusCode, outcome.ErrorCode));
                }
            }, cancellationToken);
    }

    /// <summary>What one attempt got: the HTTP status (null when no answer came) and AWS's error code.</summary>
    internal sealed class AttemptOutcome
    {
        public int? StatusCode { get; set; }

        public string? ErrorCode { get; set; }
    }
}
