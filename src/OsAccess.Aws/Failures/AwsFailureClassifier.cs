using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using Amazon.Runtime;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Regions;
using OsAccess.Aws.Retry;

namespace OsAccess.Aws.Failures
{
    /// <summary>
    /// Tells what kind of failure an exception of the AWS layer is, from AWS's error code where there is one: for
    /// retries, the fan-out over accounts, and the cmdlets' error categories alike. Works on our
    /// <see cref="AwsServiceException"/>, the SDK's exceptions, <see cref="EventualConsistencyException"/>, the
    /// exceptions OsAccess throws for bad input, and network failures.
    /// </summary>
    public static class AwsFailureClassifier
    {
        private static readonly HashSet<string> ThrottlingCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "Throttling",
            "Throttled",
            "ThrottlingException",
            "ThrottledException",
            "TooManyRequestsException",
            "RequestLimitExceeded",
            "RequestThrottled",
            "RequestThrottledException",
        };

        private static readonly HashSet<string> AuthenticationCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "InvalidClientTokenId",
            "SignatureDoesNotMatch",
            "IncompleteSignature",
            "MissingAuthenticationToken",
        };

        public static AwsFailureKind Classify(Exception error)
        {
            switch (error)
            {
                case AwsServiceException aws:
                    return ClassifyCode(aws.Code, (int)aws.StatusCode);
                case EventualConsistencyException _:
                    return AwsFailureKind.EventualConsistency;
                case CredentialResolutionException _:
                case RegionNotFoundException _:
                case ArgumentException _:
                    return AwsFailureKind.Validation;
                case AmazonServiceException sdk when sdk.ErrorCode != null || sdk.StatusCode != 0:
                    return ClassifyCode(sdk.ErrorCode ?? ServiceErrors.CodeForStatus((int)sdk.StatusCode), (int)sdk.StatusCode);
                case HttpRequestException _:
                case IOException _:
                case SocketException _:
                case TimeoutException _:
                    return AwsFailureKind.Connection;
                default:
                    // What the SDK and HttpClient wrap (a refused connection, HttpClient's timeout) is what they wrap.
                    return error.InnerException != null ? Classify(error.InnerException) : AwsFailureKind.Other;
            }
        }

        /// <summary>The kind of an AWS error code; <paramref name="statusCode"/> decides for codes it does not know.</summary>
        public static AwsFailureKind ClassifyCode(string code, int statusCode)
        {
            if (code.StartsWith("AccessDenied", StringComparison.Ordinal) || code == "UnauthorizedOperation" || code == "AuthorizationError"
                || code == "AWSOrganizationsNotInUseException")
            {
                return AwsFailureKind.AccessDenied;
            }

            if (AuthenticationCodes.Contains(code) || code.StartsWith("ExpiredToken", StringComparison.Ordinal))
            {
                return AwsFailureKind.Unauthenticated;
            }

            if (code == "NoSuchEntity" || code.EndsWith("NotFoundException", StringComparison.Ordinal) || code.EndsWith("NotFound", StringComparison.Ordinal))
            {
                return AwsFailureKind.NotFound;
            }

            if (code.StartsWith("Validation", StringComparison.Ordinal) || code.StartsWith("InvalidInput", StringComparison.Ordinal)
                || code.StartsWith("InvalidParameter", StringComparison.Ordinal) || code.StartsWith("MalformedPolicyDocument", StringComparison.Ordinal)
                || code == "ConstraintViolationException" || code == "MissingParameter")
            {
                return AwsFailureKind.Validation;
            }

            if (code.Contains("AlreadyExists") || code.StartsWith("Duplicate", StringComparison.Ordinal))
            {
                return AwsFailureKind.AlreadyExists;
            }

            if (ThrottlingCodes.Contains(code))
            {
                return AwsFailureKind.Throttled;
            }

            if (code == "ConcurrentModification" || code == "ConcurrentModificationException")
            {
                return AwsFailureKind.ConcurrentModification;
            }

            if (code == "LimitExceeded" || code.EndsWith("LimitExceededException", StringComparison.Ordinal))
            {
                return AwsFailureKind.LimitExceeded;
            }

            return statusCode >= 500 ? AwsFailureKind.Unavailable : AwsFailureKind.Other;
        }
    }
}
