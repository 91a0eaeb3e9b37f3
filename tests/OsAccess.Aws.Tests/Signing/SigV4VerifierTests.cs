using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Signing;

namespace OsAccess.Aws.Tests.Signing
{
    public class SigV4VerifierTests
    {
        private static readonly AwsCredentials Credentials = new AwsCredentials("AKIDEXAMPLE", SigV4SuiteTests.Secret, "session-token");
        private const string Body = "Action=GetUser&Version=2010-05-08&UserName=alice";

        [Fact]
        public void ARequestSignedByHttpRequestSignerVerifies()
        {
            var result = Verify(SignedRequest(), Body, key => key == "AKIDEXAMPLE" ? SigV4SuiteTests.Secret : null);

            Assert.True(result.IsValid, result.Message);
            Assert.Equal("iam", result.Authorization!.Scope.Service);
            Assert.Equal("us-east-1", result.Authorization.Scope.Region);
        }

        [Fact]
        public void AChangedBodyDoesNotVerify()
        {
            var result = Verify(SignedRequest(), Body.Replace("alice", "mallory"), _ => SigV4SuiteTests.Secret);

            Assert.False(result.IsValid);
            Assert.Equal("SignatureDoesNotMatch", result.ErrorCode);
        }

        [Fact]
        public void AWrongSecretDoesNotVerify()
        {
            Assert.Equal("SignatureDoesNotMatch", Verify(SignedRequest(), Body, _ => "another-secret").ErrorCode);
        }

        [Fact]
        public void AnUnknownAccessKeyIsReportedAsSuch()
        {
            Assert.Equal("InvalidClientTokenId", Verify(SignedRequest(), Body, _ => null).ErrorCode);
        }

        [Fact]
        public void ARequestWithoutAuthorizationIsReportedAsSuch()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://iam.amazonaws.com/");
            Assert.Equal("MissingAuthenticationToken", Verify(request, Body, _ => SigV4SuiteTests.Secret).ErrorCode);
        }

        [Theory]
        [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam, SignedHeaders=host, Signature=00")]
        [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, Signature=00")]
        [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00, Extra=1")]
        [InlineData("AWS3 Credential=AKID/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00")]
        public void MalformedAuthorizationHeadersAreRejected(string header)
        {
            Assert.Null(SigV4Authorization.TryParse(header));
        }

        [Fact]
        public void TheAuthorizationHeaderParsesBackToItsParts()
        {
            var parsed = SigV4Authorization.TryParse(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc");

            Assert.NotNull(parsed);
            Assert.Equal("AKIDEXAMPLE", parsed!.AccessKeyId);
            Assert.Equal("20150830/us-east-1/service/aws4_request", parsed.Scope.ToString());
            Assert.Equal("host;x-amz-date", parsed.SignedHeaders);
            Assert.Equal("abc", parsed.Signature);
        }

        private static HttpRequestMessage SignedRequest()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://iam.amazonaws.com/")
            {
                Content = new StringContent(Body, Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            HttpRequestSigner.Sign(request, Encoding.UTF8.GetBytes(Body), Credentials, "us-east-1", "iam", SigV4SuiteTests.SignedAt);
            return request;
        }

        private static SigV4Verification Verify(HttpRequestMessage request, string body, Func<string, string?> secrets)
        {
            var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)))
                .Append(new KeyValuePair<string, string>("Host", request.RequestUri!.Host))
                .ToList();
            return SigV4Verifier.Verify(request.Method.Method, request.RequestUri!.AbsolutePath, HttpRequestSigner.ParseQuery(request.RequestUri.Query),
                headers, SigV4.HashHex(Encoding.UTF8.GetBytes(body)), secrets);
        }
    }
}
