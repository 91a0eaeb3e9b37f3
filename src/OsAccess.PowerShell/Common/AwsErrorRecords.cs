using System;
using System.Management.Automation;
using System.Net.Http;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Failures;
using OsAccess.Aws.Http;
using OsAccess.Aws.Regions;
using OsAccess.Aws.Retry;
using OsAccess.Core.FanOut;
using OsAccess.Workflows.Changes;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Turns failures of the AWS layer into ErrorRecords with a stable ErrorId and the category of their
    /// <see cref="AwsFailureKind"/>: AWS errors get <c>&lt;Service&gt;.&lt;AWS error code&gt;</c> (e.g. <c>STS.AccessDenied</c>).
    /// </summary>
    public static class AwsErrorRecords
    {
        public static ErrorRecord From(Exception error, object? target)
        {
            // An account's failure explained: the id and category of what failed, the explanation as the message.
            if (error is AccountFailedException { InnerException: { } inner } failed)
            {
                var explained = From(inner, target);
                explained.ErrorDetails = new ErrorDetails(failed.Message);
                return explained;
            }

            var record = new ErrorRecord(error, ErrorIdOf(error), CategoryOf(AwsFailureClassifier.Classify(error)), target);
            if (error is AwsServiceException aws)
            {
                record.ErrorDetails = new ErrorDetails($"{aws.Service} {aws.Operation}: {aws.Message} ({aws.Code}, request id {aws.RequestId ?? "none"})");
            }

            return record;
        }

        internal static ErrorCategory CategoryOf(AwsFailureKind kind) => kind switch
        {
            AwsFailureKind.AccessDenied => ErrorCategory.PermissionDenied,
            AwsFailureKind.Unauthenticated => ErrorCategory.AuthenticationError,
            AwsFailureKind.NotFound => ErrorCategory.ObjectNotFound,
            AwsFailureKind.Validation => ErrorCategory.InvalidArgument,
            AwsFailureKind.AlreadyExists => ErrorCategory.ResourceExists,
            AwsFailureKind.Throttled => ErrorCategory.LimitsExceeded,
            AwsFailureKind.ConcurrentModification => ErrorCategory.LimitsExceeded,
            AwsFailureKind.LimitExceeded => ErrorCategory.LimitsExceeded,
            AwsFailureKind.EventualConsistency => ErrorCategory.OperationTimeout,
            AwsFailureKind.Unavailable => ErrorCategory.ResourceUnavailable,
            AwsFailureKind.Connection => ErrorCategory.ConnectionError,
            _ => ErrorCategory.NotSpecified,
        };

        private static string ErrorIdOf(Exception error) => error switch
        {
            AwsServiceException aws => aws.Service + "." + aws.Code,
            EventualConsistencyException _ => ErrorIds.EventualConsistencyTimeout,
            CredentialResolutionException _ => ErrorIds.CredentialsNotFound,
            RegionNotFoundException _ => ErrorIds.RegionNotFound,
            NotManagedException _ => ErrorIds.NotManaged,
            ArgumentException _ => ErrorIds.InputInvalid,
            HttpRequestException _ => ErrorIds.ConnectionFailed,
            _ => ErrorIds.CallFailed,
        };
    }
}
