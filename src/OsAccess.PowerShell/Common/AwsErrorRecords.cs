using System;
using System.Management.Automation;
using System.Net.Http;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Regions;
using OsAccess.Aws.Retry;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Turns failures of the AWS layer into ErrorRecords with a stable ErrorId and a category:
    /// AWS errors get <c>&lt;Service&gt;.&lt;AWS error code&gt;</c> (e.g. <c>STS.AccessDenied</c>).
    /// </summary>
    public static class AwsErrorRecords
    {
        public static ErrorRecord From(Exception error, object? target)
        {
            switch (error)
            {
                case AwsServiceException aws:
                    return new ErrorRecord(aws, aws.Service + "." + aws.Code, CategoryOf(aws.Code, (int)aws.StatusCode), target)
                    {
                        ErrorDetails = new ErrorDetails($"{aws.Service} {aws.Operation}: {aws.Message} ({aws.Code}, request id {aws.RequestId ?? "none"})"),
                    };
                case EventualConsistencyException consistency:
                    return new ErrorRecord(consistency, "EventualConsistencyTimeout", ErrorCategory.OperationTimeout, target);
                case CredentialResolutionException credentials:
                    return new ErrorRecord(credentials, "CredentialsNotFound", ErrorCategory.InvalidArgument, target);
                case RegionNotFoundException region:
                    return new ErrorRecord(region, "RegionNotFound", ErrorCategory.InvalidArgument, target);
                case ArgumentException argument:
                    return new ErrorRecord(argument, "InvalidArgument", ErrorCategory.InvalidArgument, target);
                case HttpRequestException connection:
                    return new ErrorRecord(connection, "AwsConnectionFailed", ErrorCategory.ConnectionError, target);
                default:
                    return new ErrorRecord(error, "AwsCallFailed", ErrorCategory.NotSpecified, target);
            }
        }

        public static ErrorCategory CategoryOf(string code, int statusCode)
        {
            if (code.StartsWith("AccessDenied", StringComparison.Ordinal) || code == "UnauthorizedOperation" || code == "AuthorizationError"
                || code == "AWSOrganizationsNotInUseException")
            {
                return ErrorCategory.PermissionDenied;
            }

            if (code == "InvalidClientTokenId" || code == "SignatureDoesNotMatch" || code.StartsWith("ExpiredToken", StringComparison.Ordinal)
                || code == "IncompleteSignature" || code == "MissingAuthenticationToken")
            {
                return ErrorCategory.AuthenticationError;
            }

            if (code == "NoSuchEntity" || code.EndsWith("NotFoundException", StringComparison.Ordinal) || code.EndsWith("NotFound", StringComparison.Ordinal))
            {
                return ErrorCategory.ObjectNotFound;
            }

            if (code.StartsWith("Validation", StringComparison.Ordinal) || code.StartsWith("InvalidInput", StringComparison.Ordinal)
                || code.StartsWith("InvalidParameter", StringComparison.Ordinal) || code.StartsWith("MalformedPolicyDocument", StringComparison.Ordinal)
                || code == "ConstraintViolationException" || code == "MissingParameter")
            {
                return ErrorCategory.InvalidArgument;
            }

            if (code.Contains("AlreadyExists") || code.StartsWith("Duplicate", StringComparison.Ordinal))
            {
                return ErrorCategory.ResourceExists;
            }

            if (RetryableErrors.IsRetryableCode(code) || code == "LimitExceeded" || code.EndsWith("LimitExceededException", StringComparison.Ordinal))
            {
                return ErrorCategory.LimitsExceeded;
            }

            return statusCode >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
        }
    }
}
