using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Organizations
{
    public class OrganizationsClientTests
    {
        private readonly FakeHttpHandler http = new FakeHttpHandler();
        private readonly RecordingDelay delay = new RecordingDelay();

        private OrganizationsClient Client() =>
            new OrganizationsClient(TestOptions.For(http, "https://organizations.us-east-1.amazonaws.com/", "us-east-1", "organizations", delay));

        [Fact]
        public async Task DescribeOrganizationSendsTheTargetHeaderAndReadsTheOrganization()
        {
            http.Reply(HttpStatusCode.OK, @"{""Organization"":{""Arn"":""arn:aws:organizations::111111111111:organization/o-exampleorgid"",""AvailablePolicyTypes"":[{""Status"":""ENABLED"",""Type"":""SERVICE_CONTROL_POLICY""}],""FeatureSet"":""ALL"",""Id"":""o-exampleorgid"",""MasterAccountArn"":""arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111"",""MasterAccountEmail"":""bill@example.com"",""MasterAccountId"":""111111111111""}}");

            var organization = await Client().DescribeOrganizationAsync(CancellationToken.None);

            Assert.Equal("o-exampleorgid", organization.Id);
            Assert.Equal("111111111111", organization.ManagementAccountId);
            Assert.Equal("ALL", organization.FeatureSet);
            var sent = Assert.Single(http.Requests);
            Assert.Equal("AWSOrganizationsV20161128.DescribeOrganization", sent.Headers["X-Amz-Target"]);
            Assert.Equal("application/x-amz-json-1.1", sent.Headers["Content-Type"]);
            Assert.Equal("{}", sent.Body);
            Assert.Contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,", sent.Headers["Authorization"]);
            Assert.Contains("/us-east-1/organizations/aws4_request", sent.Headers["Authorization"]);
        }

        [Fact]
        public async Task ListAccountsFollowsNextTokenAndReadsEpochTimestamps()
        {
            http.Reply(HttpStatusCode.OK, @"{""Accounts"":[{""Arn"":""arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111"",""Email"":""bill@example.com"",""Id"":""111111111111"",""JoinedMethod"":""INVITED"",""JoinedTimestamp"":1481830215.45,""Name"":""Master"",""Status"":""ACTIVE""}],""NextToken"":""AAAA/+==""}");
            http.Reply(HttpStatusCode.OK, @"{""Accounts"":[{""Arn"":""arn:aws:organizations::111111111111:account/o-exampleorgid/222222222222"",""Email"":""alice@example.com"",""Id"":""222222222222"",""JoinedMethod"":""CREATED"",""JoinedTimestamp"":1481835741.044,""Name"":""Production"",""Status"":""ACTIVE""}]}");
            var client = Client();

            var accounts = await Pagination.AllAsync(client.ListAccountsAsync, CancellationToken.None);

            Assert.Equal(new[] { "111111111111", "222222222222" }, accounts.Select(a => a.Id));
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1481830215450), accounts[0].JoinedTimestamp);
            Assert.Equal("{\"MaxResults\":20}", http.Requests[0].Body); // the largest page Organizations allows
            Assert.Equal("{\"NextToken\":\"AAAA/\\u002B==\",\"MaxResults\":20}", http.Requests[1].Body);
        }

        [Fact]
        public async Task PolicyRequestsCarryTheirMembersAndContent()
        {
            http.Reply(HttpStatusCode.OK, @"{""Policy"":{""Content"":""{\""Version\"":\""2012-10-17\"",\""Statement\"":[]}"",""PolicySummary"":{""Arn"":""arn:aws:organizations::111111111111:policy/o-exampleorgid/service_control_policy/p-examplepolicyid111"",""AwsManaged"":false,""Description"":""OS access guardrail"",""Id"":""p-examplepolicyid111"",""Name"":""OSAccessGuardrail"",""Type"":""SERVICE_CONTROL_POLICY""}}}");

            var policy = await Client().CreatePolicyAsync("OSAccessGuardrail", "OS access guardrail", "SERVICE_CONTROL_POLICY",
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}", new[] { new AwsTag("managed-by", "OsAccess") }, CancellationToken.None);

            Assert.Equal("p-examplepolicyid111", policy.Summary.Id);
            Assert.Equal("SERVICE_CONTROL_POLICY", policy.Summary.Type);
            Assert.Equal("{\"Version\":\"2012-10-17\",\"Statement\":[]}", policy.Content);
            Assert.Equal(
                "{\"Content\":\"{\\u0022Version\\u0022:\\u00222012-10-17\\u0022,\\u0022Statement\\u0022:[]}\",\"Description\":\"OS access guardrail\",\"Name\":\"OSAccessGuardrail\",\"Type\":\"SERVICE_CONTROL_POLICY\",\"Tags\":[{\"Key\":\"managed-by\",\"Value\":\"OsAccess\"}]}",
                http.Requests[0].Body);
        }

        [Fact]
        public async Task TaggingRequestsCarryTheResourceAndTagsAndListingReadsThem()
        {
            http.Reply(HttpStatusCode.OK, "{}");
            http.Reply(HttpStatusCode.OK, "{}");
            http.Reply(HttpStatusCode.OK, @"{""Tags"":[{""Key"":""managed-by"",""Value"":""OsAccess""},{""Key"":""owner"",""Value"":""""}],""NextToken"":""t2""}");
            var client = Client();

            await client.TagResourceAsync("p-examplepolicyid111", new[] { new AwsTag("managed-by", "OsAccess") }, CancellationToken.None);
            await client.UntagResourceAsync("p-examplepolicyid111", new[] { "owner", "old" }, CancellationToken.None);
            var page = await client.ListTagsForResourceAsync("p-examplepolicyid111", "t1", CancellationToken.None);

            Assert.Equal("AWSOrganizationsV20161128.TagResource", http.Requests[0].Headers["X-Amz-Target"]);
            Assert.Equal("{\"ResourceId\":\"p-examplepolicyid111\",\"Tags\":[{\"Key\":\"managed-by\",\"Value\":\"OsAccess\"}]}", http.Requests[0].Body);
            Assert.Equal("{\"ResourceId\":\"p-examplepolicyid111\",\"TagKeys\":[\"owner\",\"old\"]}", http.Requests[1].Body);
            Assert.Equal("{\"ResourceId\":\"p-examplepolicyid111\",\"NextToken\":\"t1\"}", http.Requests[2].Body);
            Assert.Equal(new[] { "managed-by=OsAccess", "owner=" }, page.Items.Select(t => t.ToString()));
            Assert.Equal("t2", page.NextToken);
        }

        [Fact]
        public async Task ListParentsAndRootsReadTheirMembers()
        {
            http.Reply(HttpStatusCode.OK, @"{""Parents"":[{""Id"":""ou-examplerootid111-exampleouid111"",""Type"":""ORGANIZATIONAL_UNIT""}]}");
            http.Reply(HttpStatusCode.OK, @"{""Roots"":[{""Arn"":""arn:aws:organizations::111111111111:root/o-exampleorgid/r-examplerootid111"",""Id"":""r-examplerootid111"",""Name"":""Root"",""PolicyTypes"":[{""Status"":""ENABLED"",""Type"":""SERVICE_CONTROL_POLICY""}]}]}");
            var client = Client();

            var parent = Assert.Single((await client.ListParentsAsync("222222222222", null, CancellationToken.None)).Items);
            var root = Assert.Single((await client.ListRootsAsync(null, CancellationToken.None)).Items);

            Assert.Equal("ORGANIZATIONAL_UNIT", parent.Type);
            Assert.Equal("{\"ChildId\":\"222222222222\",\"MaxResults\":20}", http.Requests[0].Body);
            Assert.Equal("ENABLED", Assert.Single(root.PolicyTypes).Status);
        }

        [Theory]
        [InlineData(@"{""__type"":""AccessDeniedException"",""Message"":""You don't have permissions to access this resource.""}", "AccessDeniedException", "You don't have permissions to access this resource.")]
        [InlineData(@"{""__type"":""com.amazonaws.organizations#AccountNotFoundException:http://internal"",""message"":""You specified an account that doesn't exist.""}", "AccountNotFoundException", "You specified an account that doesn't exist.")]
        [InlineData("not json", "HttpStatus400", "Organizations answered HTTP 400 with no error details.")]
        public async Task ErrorsBecomeTypedExceptions(string body, string code, string message)
        {
            http.Reply(HttpStatusCode.BadRequest, body, requestId: "e1b8f2a4-EXAMPLE");

            var thrown = await Record.ExceptionAsync(() => Client().DescribeAccountAsync("333333333333", CancellationToken.None));
            // An answer without an AWS error is reported as the endpoint's problem, with the service's error inside.
            var error = Assert.IsType<AwsServiceException>(thrown is AwsEndpointException endpoint ? endpoint.InnerException : thrown);
            Assert.Equal(code.StartsWith("HttpStatus"), thrown is AwsEndpointException);

            Assert.Equal(code, error.Code);
            Assert.Equal(message, error.Message);
            Assert.Equal("e1b8f2a4-EXAMPLE", error.RequestId);
            Assert.Equal("DescribeAccount", error.Operation);
            Assert.Single(http.Requests);
        }

        [Theory]
        [InlineData("<html>captive portal</html>")]
        [InlineData("{\"Account\": ")]
        [InlineData("{}")]
        public async Task ASuccessAnswerThatCannotBeReadIsATypedError(string body)
        {
            http.Reply(HttpStatusCode.OK, body);

            var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client().DescribeAccountAsync("222222222222", CancellationToken.None));

            Assert.Equal("MalformedResponse", error.Code);
            Assert.Equal("DescribeAccount", error.Operation);
        }

        [Fact]
        public async Task TooManyRequestsIsRetried()
        {
            http.Reply(HttpStatusCode.BadRequest, @"{""__type"":""TooManyRequestsException"",""Message"":""AWS Organizations can't complete your request because another request is already in progress.""}")
                .Reply(HttpStatusCode.OK, "{}");

            await Client().AttachPolicyAsync("p-examplepolicyid111", "r-examplerootid111", CancellationToken.None);

            Assert.Equal(2, http.Requests.Count);
            Assert.Single(delay.Waits);
            Assert.Equal("{\"PolicyId\":\"p-examplepolicyid111\",\"TargetId\":\"r-examplerootid111\"}", http.Requests[1].Body);
        }
    }
}
