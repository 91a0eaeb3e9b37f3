using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using OsAccess.Aws.Failures;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Retry
{
    /// <summary>Which failures are worth another attempt: throttling, 5xx, concurrent modification, broken connections.</summary>
    public static class RetryableErrors
    {
        /// <summary>True when another attempt may succeed; never for a cancellation the caller asked for.</summary>
        public static bool IsRetryable(Exception error, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            switch (error)
            {
                case AwsServiceException aws:
                    var kind = AwsFailureClassifier.ClassifyCode(aws.Code, (int)aws.StatusCode);
                    return kind == AwsFailureKind.Throttled || kind == AwsFailureKind.ConcurrentModification || (int)aws.StatusCode >= 500;
                case HttpRequestException _:
                case IOException _:
                case OperationCanceledException _: // a timeout, since the caller's token is not cancelled
                    return true;
                default:
                    return false;
            }
        }
    }
}
