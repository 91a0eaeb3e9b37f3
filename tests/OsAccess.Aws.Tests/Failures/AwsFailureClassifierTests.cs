using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Amazon.Runtime;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Failures;
using OsAccess.Aws.Http;
using OsAccess.Aws.Regions;
using OsAccess.Aws.Retry;

namespace OsAccess.Aws.Tests.Failures
{
    public class AwsFailureClassifierTests
    {
        [Theory]
        [InlineData("AccessDenied", 403, AwsFailureKind.AccessDenied)]
        [InlineData("AccessDeniedException", 400, AwsFailureKind.AccessDenied)]
        [InlineData("UnauthorizedOperation", 403, AwsFailureKind.AccessDenied)]
        [InlineData("AuthorizationError", 403, AwsFailureKind.AccessDenied)]
        [InlineData("AWSOrganizationsNotInUseException", 400, AwsFailureKind.AccessDenied)]
        [InlineData("InvalidClientTokenId", 403, AwsFailureKind.Unauthenticated)]
        [InlineData("SignatureDoesNotMatch", 403, AwsFailureKind.Unauthenticated)]
        [InlineData("ExpiredToken", 400, AwsFailureKind.Unauthenticated)]
        [InlineData("ExpiredTokenException", 400, AwsFailureKind.Unauthenticated)]
        [InlineData("IncompleteSignature", 400, AwsFailureKind.Unauthenticated)]
        [InlineData("MissingAuthenticationToken", 403, AwsFailureKind.Unauthenticated)]
        [InlineData("NoSuchEntity", 404, AwsFailureKind.NotFound)]
        [InlineData("AccountNotFoundException", 400, AwsFailureKind.NotFound)]
        [InlineData("PolicyNotFoundException", 400, AwsFailureKind.NotFound)]
        [InlineData("InvalidInstanceID.NotFound", 400, AwsFailureKind.NotFound)]
        [InlineData("ValidationError", 400, AwsFailureKind.Validation)]
        [InlineData("ValidationException", 400, AwsFailureKind.Validation)]
        [InlineData("InvalidInput", 400, AwsFailureKind.Validation)]
        [InlineData("InvalidInputException", 400, AwsFailureKind.Validation)]
        [InlineData("InvalidParameterValue", 400, AwsFailureKind.Validation)]
        [InlineData("MalformedPolicyDocument", 400, AwsFailureKind.Validation)]
        [InlineData("MalformedPolicyDocumentException", 400, AwsFailureKind.Validation)]
        [InlineData("ConstraintViolationException", 400, AwsFailureKind.Validation)]
        [InlineData("MissingParameter", 400, AwsFailureKind.Validation)]
        [InlineData("EntityAlreadyExists", 409, AwsFailureKind.AlreadyExists)]
        [InlineData("DuplicatePolicyException", 400, AwsFailureKind.AlreadyExists)]
        [InlineData("DuplicatePolicyAttachmentException", 400, AwsFailureKind.AlreadyExists)]
        [InlineData("Throttling", 400, AwsFailureKind.Throttled)]
        [InlineData("ThrottlingException", 400, AwsFailureKind.Throttled)]
        [InlineData("ThrottledException", 400, AwsFailureKind.Throttled)]
        [InlineData("TooManyRequestsException", 429, AwsFailureKind.Throttled)]
        [InlineData("RequestLimitExceeded", 503, AwsFailureKind.Throttled)]
        [InlineData("RequestThrottled", 400, AwsFailureKind.Throttled)]
        [InlineData("RequestThrottledException", 400, AwsFailureKind.Throttled)]
        [InlineData("ConcurrentModification", 409, AwsFailureKind.ConcurrentModification)]
        [InlineData("ConcurrentModificationException", 400, AwsFailureKind.ConcurrentModification)]
        [InlineData("LimitExceeded", 409, AwsFailureKind.LimitExceeded)]
        [InlineData("ConstraintLimitExceededException", 400, AwsFailureKind.LimitExceeded)]
        [InlineData("ServiceFailure", 500, AwsFailureKind.Unavailable)]
        [InlineData("ServiceUnavailable", 503, AwsFailureKind.Unavailable)]
        [InlineData("HttpStatus502", 502, AwsFailureKind.Unavailable)]
        [InlineData("MalformedResponse", 200, AwsFailureKind.Other)]
        [InlineData("SomethingNew", 400, AwsFailureKind.Other)]
        public void AnAwsErrorIsClassifiedByItsCode(string code, int status, AwsFailureKind kind)
        {
            Assert.Equal(kind, AwsFailureClassifier.ClassifyCode(code, status));
            Assert.Equal(kind, AwsFailureClassifier.Classify(new AwsServiceException("IAM", "GetRole", code, "m", "r", (HttpStatusCode)status)));
        }

        public static TheoryData<Exception, AwsFailureKind> Exceptions => new TheoryData<Exception, AwsFailureKind>
        {
            { new EventualConsistencyException("Assuming arn:aws:iam::222222222222:role/OSAccess", TimeSpan.FromSeconds(30), new Exception("denied")), AwsFailureKind.EventualConsistency },
            { new HttpRequestException("Connection refused"), AwsFailureKind.Connection },
            { new IOException("The response ended prematurely."), AwsFailureKind.Connection },
            { new SocketException((int)SocketError.ConnectionReset), AwsFailureKind.Connection },
            { new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()), AwsFailureKind.Connection },
            { new OperationCanceledException(), AwsFailureKind.Other },
            { new ArgumentException("'12345' is not an AWS account id", "accountId"), AwsFailureKind.Validation },
            { new CredentialResolutionException("No AWS credentials were found."), AwsFailureKind.Validation },
            { new RegionNotFoundException("No AWS region was given."), AwsFailureKind.Validation },
            { new AmazonServiceException("denied", ErrorType.Sender, "AccessDenied", "r", HttpStatusCode.Forbidden), AwsFailureKind.AccessDenied },
            { new AmazonServiceException("no code", ErrorType.Unknown, null, "r", HttpStatusCode.ServiceUnavailable), AwsFailureKind.Unavailable },
            { new AmazonServiceException("unreachable", new HttpRequestException("Connection refused")), AwsFailureKind.Connection },
            { new AmazonClientException("Unable to reach the endpoint", new HttpRequestException("Name or service not known")), AwsFailureKind.Connection },
            { new AmazonClientException("Something the SDK did not like"), AwsFailureKind.Other },
            { new InvalidOperationException("anything else"), AwsFailureKind.Other },
        };

        [Theory]
        [MemberData(nameof(Exceptions))]
        public void OtherFailuresAreClassifiedByWhatTheyAre(Exception error, AwsFailureKind kind)
        {
            Assert.Equal(kind, AwsFailureClassifier.Classify(error));
        }
    }
}
