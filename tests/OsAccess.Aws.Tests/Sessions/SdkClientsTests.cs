using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Signing;
using OsAccess.Aws.Ssm;
using OsAccess.Aws.Sts;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Sessions
{
    /// <summary>STS and SSM through the SDK clients, against a loopback endpoint: our endpoint, our credentials, our errors.</summary>
    public class SdkClientsTests
    {
        private readonly RecordingCallLog log = new RecordingCallLog();

        private AwsClientOptions Options(LoopbackServer server, string region, string service) =>
            new AwsClientOptions(new AwsEndpoint(new Uri(server.Url), region, service), new StaticCredentialSource(TestOptions.Credentials))
            {
                Retry = new RetryPolicy(new RetryOptions { MaxAttempts = 2 }, new RecordingDelay(), () => 0),
                Log = log,
                Account = "111111111111",
            };

        private static SigV4Verification Verify(ReceivedRequest request) =>
            SigV4Verifier.Verify(request.Method, request.Path, Array.Empty<System.Collections.Generic.KeyValuePair<string, string>>(), request.Headers,
                SigV4.HashHex(Encoding.UTF8.GetBytes(request.Body)), key => key == TestOptions.Credentials.AccessKeyId ? TestOptions.Credentials.SecretAccessKey : null);

        [Fact]
        public async Task GetCallerIdentityGoesToOurEndpointSignedForOurRegion()
        {
            using var server = new LoopbackServer(_ => (200, "text/xml",
                "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>" +
                "<Arn>arn:aws:iam::111111111111:user/alice</Arn><UserId>AIDAEXAMPLE</UserId><Account>111111111111</Account>" +
                "</GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>"));
            using var sts = new SdkStsClient(Options(server, "ap-northeast-1", "sts"));

            var identity = await sts.GetCallerIdentityAsync(CancellationToken.None);

            Assert.Equal("111111111111", identity.Account);
            Assert.Equal("arn:aws:iam::111111111111:user/alice", identity.Arn);
            var request = Assert.Single(server.Requests);
            Assert.Contains("Action=GetCallerIdentity", request.Body);
            var verification = Verify(request);
            Assert.True(verification.IsValid, verification.Message);
            Assert.Equal("ap-northeast-1", verification.Authorization!.Scope.Region);
            Assert.Equal("sts", verification.Authorization.Scope.Service);
            Assert.Equal("the-session-token", request.Header("X-Amz-Security-Token"));
            Assert.Equal("GetCallerIdentity", Assert.Single(log.Records).Operation);
        }

        [Fact]
        public async Task AssumeRoleReturnsExpiringCredentials()
        {
            using var server = new LoopbackServer(_ => (200, "text/xml",
                "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><SourceIdentity>alice</SourceIdentity>" +
                "<AssumedRoleUser><Arn>arn:aws:sts::222222222222:assumed-role/OSAccess/alice</Arn><AssumedRoleId>AROA3XFRBF535PLBIFPI4:alice</AssumedRoleId></AssumedRoleUser>" +
                "<Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken><Expiration>2026-11-28T07:00:00Z</Expiration></Credentials>" +
                "</AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>"));
            using var sts = new SdkStsClient(Options(server, "us-east-1", "sts"));

            var role = await sts.AssumeRoleAsync(new AssumeRoleInput
            {
                RoleArn = "arn:aws:iam::222222222222:role/OSAccess",
                RoleSessionName = "alice",
                SourceIdentity = "alice",
                DurationSeconds = 3600,
                Tags = new[] { new AwsTag("grant", "g-1") },
            }, CancellationToken.None);

            Assert.Equal("ASIAEXAMPLE", role.Credentials.AccessKeyId);
            Assert.Equal(new DateTimeOffset(2026, 11, 28, 7, 0, 0, TimeSpan.Zero), role.Credentials.Expiration);
            Assert.Equal("arn:aws:sts::222222222222:assumed-role/OSAccess/alice", role.AssumedRoleArn);
            string body = Uri.UnescapeDataString(Assert.Single(server.Requests).Body);
            Assert.Contains("SourceIdentity=alice", body);
            Assert.Contains("Tags.member.1.Key=grant", body);
            Assert.Contains("DurationSeconds=3600", body);
        }

        [Fact]
        public async Task StsErrorsBecomeTypedExceptions()
        {
            using var server = new LoopbackServer(_ => (403, "text/xml",
                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied</Code>" +
                "<Message>User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole</Message></Error><RequestId>deny-1</RequestId></ErrorResponse>"));
            using var sts = new SdkStsClient(Options(server, "us-east-1", "sts"));

            var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
                sts.AssumeRoleAsync(new AssumeRoleInput { RoleArn = "arn:aws:iam::222222222222:role/OSAccess" }, CancellationToken.None));

            Assert.Equal("AccessDenied", error.Code);
            Assert.Equal("deny-1", error.RequestId);
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
            Assert.Single(server.Requests);
        }

        [Fact]
        public async Task DescribeSessionsReadsSessionsAndFiltersByOwner()
        {
            using var server = new LoopbackServer(_ => (200, "application/x-amz-json-1.1",
                "{\"Sessions\":[{\"SessionId\":\"alice-0123456789abcdef0\",\"Target\":\"i-0123456789abcdef0\",\"Status\":\"Connected\",\"Owner\":\"arn:aws:sts::222222222222:assumed-role/OSAccess/alice\",\"StartDate\":1795849200}],\"NextToken\":\"n2\"}"));
            using var ssm = new SdkSsmClient(Options(server, "ap-northeast-1", "ssm"));

            var page = await ssm.DescribeSessionsAsync("Active", "arn:aws:sts::222222222222:assumed-role/OSAccess/alice", null, CancellationToken.None);

            var session = Assert.Single(page.Items);
            Assert.Equal("Connected", session.Status);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795849200), session.StartDate);
            Assert.Equal("n2", page.NextToken);
            var request = Assert.Single(server.Requests);
            Assert.Equal("AmazonSSM.DescribeSessions", request.Header("X-Amz-Target"));
            Assert.Contains("\"Owner\"", request.Body);
            Assert.True(Verify(request).IsValid);
        }

        [Fact]
        public async Task DisposingAnSdkBackedClientReleasesTheSdkClient()
        {
            using var server = new LoopbackServer(_ => (200, "application/x-amz-json-1.1", "{}"));
            var ssm = new SdkSsmClient(Options(server, "us-east-1", "ssm"));

            ssm.Dispose();

            await Assert.ThrowsAsync<ObjectDisposedException>(() => ssm.TerminateSessionAsync("alice-0123456789abcdef0", CancellationToken.None));
            Assert.Empty(server.Requests);
        }
    }
}
