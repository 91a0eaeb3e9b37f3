using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Iam
{
    public class IamClientTests
    {
        private const string Ns = "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"";
        private readonly FakeHttpHandler http = new FakeHttpHandler();
        private readonly RecordingDelay delay = new RecordingDelay();
        private readonly RecordingCallLog log = new RecordingCallLog();

        private IamClient Client() => new IamClient(TestOptions.For(http, "https://iam.amazonaws.com/", "us-east-1", "iam", delay, log));

        [Fact]
        public async Task GetRolePostsTheQueryFormAndDecodesTheTrustPolicy()
        {
            http.Reply(HttpStatusCode.OK, $@"<GetRoleResponse {Ns}>
  <GetRoleResult>
    <Role>
      <Path>/</Path>
      <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A111111111111%3Aroot%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D</AssumeRolePolicyDocument>
      <MaxSessionDuration>3600</MaxSessionDuration>
      <RoleId>AROADBQP57FF2AEXAMPLE</RoleId>
      <RoleName>OSAccess</RoleName>
      <Arn>arn:aws:iam::222222222222:role/OSAccess</Arn>
      <CreateDate>2019-11-13T16:45:56Z</CreateDate>
      <Tags><member><Key>owner</Key><Value>platform</Value></member></Tags>
    </Role>
  </GetRoleResult>
  <ResponseMetadata><RequestId>df37e965-9967-11e1-a4c3-270EXAMPLE04</RequestId></ResponseMetadata>
</GetRoleResponse>");

            var role = await Client().GetRoleAsync("OSAccess", CancellationToken.None);

            Assert.Equal("OSAccess", role.RoleName);
            Assert.Equal("arn:aws:iam::222222222222:role/OSAccess", role.Arn);
            Assert.Equal(3600, role.MaxSessionDuration);
            Assert.Equal(new DateTimeOffset(2019, 11, 13, 16, 45, 56, TimeSpan.Zero), role.CreateDate);
            Assert.Equal("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}", role.AssumeRolePolicyDocument);
            Assert.Equal("owner=platform", Assert.Single(role.Tags).ToString());

            var sent = Assert.Single(http.Requests);
            Assert.Equal("Action=GetRole&Version=2010-05-08&RoleName=OSAccess", sent.Body);
            Assert.StartsWith("application/x-www-form-urlencoded", sent.Headers["Content-Type"]);
            Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261128/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=", sent.Headers["Authorization"]);
            Assert.Equal("the-session-token", sent.Headers["X-Amz-Security-Token"]);
        }

        [Fact]
        public async Task PolicyDocumentsAndTagsAreFormEncoded()
        {
            http.Reply(HttpStatusCode.OK, $"<PutRolePolicyResponse {Ns}><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PutRolePolicyResponse>");
            http.Reply(HttpStatusCode.OK, $"<TagRoleResponse {Ns}><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></TagRoleResponse>");

            await Client().PutRolePolicyAsync("OSAccess", "OSAccessPolicy", "{\"Version\": \"2012-10-17\"}", CancellationToken.None);
            await Client().TagRoleAsync("OSAccess", new[] { new AwsTag("a b", "x/y"), new AwsTag("k", "") }, CancellationToken.None);

            Assert.Equal("Action=PutRolePolicy&Version=2010-05-08&RoleName=OSAccess&PolicyName=OSAccessPolicy&PolicyDocument=%7B%22Version%22%3A%20%222012-10-17%22%7D", http.Requests[0].Body);
            Assert.Equal("Action=TagRole&Version=2010-05-08&RoleName=OSAccess&Tags.member.1.Key=a%20b&Tags.member.1.Value=x%2Fy&Tags.member.2.Key=k&Tags.member.2.Value=", http.Requests[1].Body);
        }

        [Fact]
        public async Task ListPoliciesFollowsTheMarkerUntilIsTruncatedIsFalse()
        {
            http.Reply(HttpStatusCode.OK, $@"<ListPoliciesResponse {Ns}><ListPoliciesResult>
  <IsTruncated>true</IsTruncated><Marker>EXAMPLEkakv9BCuUNFDtxWSyfzetYwEx2ADc8dnzfvERF5S6YMvXKx41t6gCl/eeaCX3Jo94/bKqezEAg8TEVS99EKFLxm3jtbpl25FDWEXAMPLE</Marker>
  <Policies><member><PolicyName>ReadOnlyAccess</PolicyName><DefaultVersionId>v100</DefaultVersionId><PolicyId>ANPAJKSO7NDY4T57MWDSQ</PolicyId><Path>/</Path><Arn>arn:aws:iam::aws:policy/ReadOnlyAccess</Arn><AttachmentCount>3</AttachmentCount><IsAttachable>true</IsAttachable></member></Policies>
</ListPoliciesResult></ListPoliciesResponse>");
            http.Reply(HttpStatusCode.OK, $@"<ListPoliciesResponse {Ns}><ListPoliciesResult>
  <IsTruncated>false</IsTruncated>
  <Policies><member><PolicyName>OSAccessPolicy</PolicyName><DefaultVersionId>v2</DefaultVersionId><PolicyId>ANPA2</PolicyId><Path>/osaccess/</Path><Arn>arn:aws:iam::111111111111:policy/osaccess/OSAccessPolicy</Arn><AttachmentCount>0</AttachmentCount><IsAttachable>true</IsAttachable></member></Policies>
</ListPoliciesResult></ListPoliciesResponse>");
            var client = Client();

            var all = await Pagination.AllAsync((marker, ct) => client.ListPoliciesAsync("All", null, null, marker, ct), CancellationToken.None);

            Assert.Equal(new[] { "ReadOnlyAccess", "OSAccessPolicy" }, all.Select(p => p.PolicyName));
            Assert.Equal(3, all[0].AttachmentCount);
            Assert.Equal("/osaccess/", all[1].Path);
            Assert.DoesNotContain("Marker", http.Requests[0].Body);
            Assert.EndsWith("&Marker=EXAMPLEkakv9BCuUNFDtxWSyfzetYwEx2ADc8dnzfvERF5S6YMvXKx41t6gCl%2FeeaCX3Jo94%2FbKqezEAg8TEVS99EKFLxm3jtbpl25FDWEXAMPLE", http.Requests[1].Body);
        }

        [Fact]
        public async Task NoSuchEntityBecomesATypedExceptionAndIsNotRetried()
        {
            http.Reply(HttpStatusCode.NotFound, @"<ErrorResponse xmlns=""https://iam.amazonaws.com/doc/2010-05-08/"">
  <Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The role with name OSAccess cannot be found.</Message></Error>
  <RequestId>8f2c3c2e-0d7b-4c43-9b4a-EXAMPLE</RequestId>
</ErrorResponse>");

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client().GetRoleAsync("OSAccess", CancellationToken.None));

            Assert.Equal("NoSuchEntity", error.Code);
            Assert.Equal("The role with name OSAccess cannot be found.", error.Message);
            Assert.Equal("8f2c3c2e-0d7b-4c43-9b4a-EXAMPLE", error.RequestId);
            Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
            Assert.Equal("GetRole", error.Operation);
            Assert.Single(http.Requests);
            Assert.Empty(delay.Waits);
        }

        [Fact]
        public async Task ThrottlingIsRetriedWithBackoffAndEveryAttemptIsLogged()
        {
            const string throttled = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>t</RequestId></ErrorResponse>";
            http.Reply(HttpStatusCode.BadRequest, throttled).Reply(HttpStatusCode.BadRequest, throttled)
                .Reply(HttpStatusCode.OK, $"<DeleteRoleResponse {Ns}><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeleteRoleResponse>");

            await Client().DeleteRoleAsync("OSAccess", CancellationToken.None);

            Assert.Equal(3, http.Requests.Count);
            Assert.Equal(new[] { TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200) }, delay.Waits);
            Assert.Equal(new[] { 1, 2, 3 }, log.Records.Select(r => r.Attempt));
            Assert.Equal(new string?[] { "Throttling", "Throttling", null }, log.Records.Select(r => r.ErrorCode));
            Assert.All(log.Records, r => Assert.Equal("DeleteRole", r.Operation));
            Assert.All(log.Records, r => Assert.DoesNotContain("the-session-token", r.ToString()));
        }

        [Fact]
        public async Task A5xxWithoutAnXmlBodyKeepsItsStatus()
        {
            http.Reply(HttpStatusCode.BadGateway, "<html>bad gateway</html>", requestId: null)
                .Reply(HttpStatusCode.BadGateway, "bad gateway", requestId: null)
                .Reply(HttpStatusCode.BadGateway, "bad gateway", requestId: null);

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client().GetUserAsync(null, CancellationToken.None));

            Assert.Equal("HttpStatus502", error.Code);
            Assert.Equal(3, http.Requests.Count);
        }

        [Fact]
        public async Task ASuccessAnswerThatIsNotXmlIsATypedErrorNotAParserCrash()
        {
            http.Reply(HttpStatusCode.OK, "<html><body>captive portal</body>", requestId: "proxy-1");

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client().GetRoleAsync("OSAccess", CancellationToken.None));

            Assert.Equal("MalformedResponse", error.Code);
            Assert.Equal("proxy-1", error.RequestId);
            Assert.Single(http.Requests);
        }

        [Theory]
        [InlineData("<html><body>captive portal</body></html>", "'Role'")]
        [InlineData("<GetRoleResponse " + Ns + "><GetRoleResult></GetRoleResult></GetRoleResponse>", "'Role'")]
        [InlineData("<GetRoleResponse " + Ns + "><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetRoleResponse>", "'Role'")]
        public async Task AWellFormedAnswerWithoutTheResultIsATypedErrorNotAnEmptyModel(string body, string missing)
        {
            http.Reply(HttpStatusCode.OK, body);

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client().GetRoleAsync("OSAccess", CancellationToken.None));

            Assert.Equal("MalformedResponse", error.Code);
            Assert.Equal("GetRole", error.Operation);
            Assert.Contains(missing, error.Message);
        }

        [Fact]
        public async Task AnInlinePolicyAnswerWithoutItsResultIsATypedError()
        {
            http.Reply(HttpStatusCode.OK, $"<GetRolePolicyResponse {Ns}><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetRolePolicyResponse>");

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client().GetRolePolicyAsync("OSAccess", "OSAccessPolicy", CancellationToken.None));

            Assert.Equal("MalformedResponse", error.Code);
            Assert.Contains("'GetRolePolicyResult'", error.Message);
        }

        [Fact]
        public async Task ACancelledTokenStopsBeforeSending()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().GetUserAsync("alice", cancelled.Token));

            Assert.Empty(http.Requests);
        }

        [Fact]
        public async Task ConnectionFailuresAreRetried()
        {
            http.Fail(new HttpRequestException("connection refused"))
                .Reply(HttpStatusCode.OK, $"<GetUserResponse {Ns}><GetUserResult><User><UserId>AIDA1</UserId><Path>/</Path><UserName>alice</UserName><Arn>arn:aws:iam::111111111111:user/alice</Arn><CreateDate>2020-01-01T00:00:00Z</CreateDate></User></GetUserResult></GetUserResponse>");

            var user = await Client().GetUserAsync("alice", CancellationToken.None);

            Assert.Equal("arn:aws:iam::111111111111:user/alice", user.Arn);
            Assert.Equal("HttpRequestException", log.Records[0].ErrorCode);
            Assert.Null(log.Records[0].StatusCode);
        }

        [Fact]
        public async Task GetAccountAuthorizationDetailsReadsPrincipalsPoliciesAndVersions()
        {
            http.Reply(HttpStatusCode.OK, $@"<GetAccountAuthorizationDetailsResponse {Ns}><GetAccountAuthorizationDetailsResult>
  <IsTruncated>true</IsTruncated><Marker>page2</Marker>
  <UserDetailList><member>
    <GroupList><member>Admins</member></GroupList>
    <AttachedManagedPolicies/>
    <UserId>AIDA1</UserId><Path>/</Path><UserName>alice</UserName><Arn>arn:aws:iam::111111111111:user/alice</Arn><CreateDate>2013-10-14T18:32:24Z</CreateDate>
    <UserPolicyList><member><PolicyName>grant-222222222222</PolicyName><PolicyDocument>%7B%22Statement%22%3A%5B%5D%7D</PolicyDocument></member></UserPolicyList>
  </member></UserDetailList>
  <GroupDetailList><member><GroupId>AGPA1</GroupId><AttachedManagedPolicies><member><PolicyName>IAMFullAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/IAMFullAccess</PolicyArn></member></AttachedManagedPolicies><GroupName>Admins</GroupName><Path>/</Path><Arn>arn:aws:iam::111111111111:group/Admins</Arn><GroupPolicyList/></member></GroupDetailList>
  <RoleDetailList><member>
    <RoleId>AROA1</RoleId><RoleName>OSAccess</RoleName><Path>/</Path><Arn>arn:aws:iam::111111111111:role/OSAccess</Arn>
    <AssumeRolePolicyDocument>%7B%7D</AssumeRolePolicyDocument>
    <RolePolicyList/><AttachedManagedPolicies><member><PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member></AttachedManagedPolicies>
  </member></RoleDetailList>
  <Policies><member>
    <PolicyName>OSAccessPolicy</PolicyName><DefaultVersionId>v2</DefaultVersionId><PolicyId>ANPA1</PolicyId><Path>/</Path><Arn>arn:aws:iam::111111111111:policy/OSAccessPolicy</Arn><AttachmentCount>1</AttachmentCount><IsAttachable>true</IsAttachable>
    <PolicyVersionList>
      <member><Document>%7B%22v%22%3A2%7D</Document><IsDefaultVersion>true</IsDefaultVersion><VersionId>v2</VersionId><CreateDate>2014-09-15T19:58:50Z</CreateDate></member>
      <member><Document>%7B%22v%22%3A1%7D</Document><IsDefaultVersion>false</IsDefaultVersion><VersionId>v1</VersionId></member>
    </PolicyVersionList>
  </member></Policies>
</GetAccountAuthorizationDetailsResult></GetAccountAuthorizationDetailsResponse>");

            var details = await Client().GetAccountAuthorizationDetailsAsync(new[] { "User", "Role" }, null, CancellationToken.None);

            Assert.Equal("page2", details.NextMarker);
            var alice = Assert.Single(details.Users);
            Assert.Equal("alice", alice.User.UserName);
            Assert.Equal(new[] { "Admins" }, alice.GroupNames);
            Assert.Equal("{\"Statement\":[]}", Assert.Single(alice.InlinePolicies).Document);
            Assert.Equal("arn:aws:iam::aws:policy/IAMFullAccess", Assert.Single(Assert.Single(details.Groups).AttachedPolicies).PolicyArn);
            Assert.Equal("{}", Assert.Single(details.Roles).Role.AssumeRolePolicyDocument);
            var versions = Assert.Single(details.Policies).Versions;
            Assert.Equal(new[] { "{\"v\":2}", "{\"v\":1}" }, versions.Select(v => v.Document));
            Assert.True(versions[0].IsDefaultVersion);
            Assert.Equal("Action=GetAccountAuthorizationDetails&Version=2010-05-08&Filter.member.1=User&Filter.member.2=Role", http.Requests[0].Body);
        }

        [Fact]
        public async Task CreateAccessKeyReturnsTheSecretButNeverPrintsIt()
        {
            http.Reply(HttpStatusCode.OK, $"<CreateAccessKeyResponse {Ns}><CreateAccessKeyResult><AccessKey><UserName>Bob</UserName><AccessKeyId>AKIAIOSFODNN7EXAMPLE</AccessKeyId><Status>Active</Status><SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey></AccessKey></CreateAccessKeyResult></CreateAccessKeyResponse>");

            var key = await Client().CreateAccessKeyAsync("Bob", CancellationToken.None);

            Assert.Equal("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", key.SecretAccessKey);
            Assert.DoesNotContain("wJalr", key.ToString());
        }
    }
}
