using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Retry
{
    /// <summary>Which failures are worth another attempt: throttling, 5xx, concurrent modification, broken connections.</summary>
    public static class RetryableErrors
    {
        private static readonly HashSet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
        {
            "Throttling",
            "ThrottlingException",
            "ThrottledException",
            "TooManyRequestsException",
            "RequestLimitExceeded",
            "RequestThrottled",
            "RequestThrottledException",
            "ConcurrentModification",
            "ConcurrentModificationException",
        };

        public static bool IsRetryableCode(string code) => Codes.Contains(code);

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
                    return Codes.Contains(aws.Code) || (int)aws.StatusCode >= 500;
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
