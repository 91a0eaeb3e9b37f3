using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using LocalAws.Signing;
using OsAccess.Aws.Signing;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class SignatureTests : LocalAwsTest<LocalAwsFixture>
{
    public SignatureTests(LocalAwsFixture aws) : base(aws) { }

    [Fact]
    public void ReproducesAwsPublishedGetVanillaVector()
    {
        var auth = SigV4Authorization.TryParse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=x")!;
        var headers = new[] { Pair("host", "example.amazonaws.com"), Pair("x-amz-date", "20150830T123600Z") };
        var request = new SignedRequest("GET", "/", new KeyValuePair<string, string>[0], headers, auth, "20150830T123600Z", SigV4.EmptyPayloadHash);
        Assert.Equal("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            new SigV4SignatureCalculator().Signature(request, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    }

    [Fact]
    public void ReproducesAwsPublishedIamListUsersExample()
    {
        var auth = SigV4Authorization.TryParse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=x")!;
        var headers = new[]
        {
            Pair("content-type", "application/x-www-form-urlencoded; charset=utf-8"),
            Pair("host", "iam.amazonaws.com"),
            Pair("x-amz-date", "20150830T123600Z"),
        };
        var query = new[] { Pair("Action", "ListUsers"), Pair("Version", "2010-05-08") };
        var request = new SignedRequest("GET", "/", query, headers, auth, "20150830T123600Z", SigV4.EmptyPayloadHash);
        Assert.Equal("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            new SigV4SignatureCalculator().Signature(request, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    }

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    [Fact]
    public async Task GoodSignatureIsAccepted()
    {
        var answer = await Aws.Admin.Sts("GetCallerIdentity");
        Assert.True(answer.Ok, answer.ToString());
        Assert.Equal("arn:aws:iam::111111111111:user/admin", answer.X("Arn"));
    }

    [Fact]
    public async Task WrongSecretIsSignatureDoesNotMatchInQueryAndInvalidSignatureInJson()
    {
        var client = Aws.Admin;
        client.SignWithSecret = "not-the-secret";
        var query = await client.Iam("ListUsers");
        Assert.Equal(HttpStatusCode.Forbidden, query.Status);
        Assert.Equal("SignatureDoesNotMatch", query.ErrorCode);
        var json = await client.Ssm("DescribeInstanceInformation");
        Assert.Equal("InvalidSignatureException", json.ErrorCode);
    }

    [Fact]
    public async Task UnknownAccessKeyIsInvalidClientTokenIdOrUnrecognizedClient()
    {
        var client = Aws.Client(new Credentials("AKIAUNKNOWNUNKNOWN00", "x"));
        Assert.Equal("InvalidClientTokenId", (await client.Sts("GetCallerIdentity")).ErrorCode);
        Assert.Equal("UnrecognizedClientException", (await client.Organizations("DescribeOrganization")).ErrorCode);
    }

    [Fact]
    public async Task SessionCredentialsNeedTheirToken()
    {
        var session = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"));
        var withoutToken = Aws.Client(session.Credentials with { SessionToken = null });
        Assert.Equal("InvalidClientTokenId", (await withoutToken.Sts("GetCallerIdentity")).ErrorCode);
        var wrongToken = Aws.Client(session.Credentials with { SessionToken = "forged" });
        Assert.Equal("InvalidClientTokenId", (await wrongToken.Sts("GetCallerIdentity")).ErrorCode);
    }

    [Fact]
    public async Task MissingAuthorizationIsMissingAuthenticationToken()
    {
        using var http = new System.Net.Http.HttpClient();
        var response = await http.PostAsync(Aws.Endpoint,
            new System.Net.Http.StringContent("Action=ListUsers&Version=2010-05-08", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("MissingAuthenticationToken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeactivatedKeyIsRefused()
    {
        lock (Aws.Emulator.World.Gate) { Aws.Emulator.World.AccessKeys[Credentials.Alice.AccessKeyId].Status = "Inactive"; }
        Assert.Equal("InvalidClientTokenId", (await Aws.Client(Credentials.Alice).Sts("GetCallerIdentity")).ErrorCode);
    }

    [Fact]
    public async Task QueryRequestsMayComeAsSignedGets()
    {
        var uri = new System.Uri(Aws.Endpoint, "/?Action=GetUser&Version=2010-05-08&UserName=alice");
        using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, uri);
        var credentials = new OsAccess.Aws.Credentials.AwsCredentials(Credentials.Admin.AccessKeyId, Credentials.Admin.SecretAccessKey);
        HttpRequestSigner.Sign(request, new byte[0], credentials, "us-east-1", "iam", System.DateTimeOffset.UtcNow);
        using var http = new System.Net.Http.HttpClient();
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Contains("<UserName>alice</UserName>", body);
    }
}
