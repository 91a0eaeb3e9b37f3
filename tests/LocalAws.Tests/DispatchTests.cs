using System.Net;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class DispatchTests : LocalAwsTest<LocalAwsFixture>
{
    public DispatchTests(LocalAwsFixture aws) : base(aws) { }

    [Fact]
    public async Task UnknownQueryActionIsInvalidAction()
    {
        var answer = await Aws.Admin.Iam("CreateInstanceProfile", ("InstanceProfileName", "p"));
        Assert.Equal("InvalidAction", answer.ErrorCode);
        Assert.Contains("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">", answer.Body);
    }

    [Fact]
    public async Task JsonErrorsCarryTypeAndMessage()
    {
        var answer = await Aws.Admin.Organizations("DescribePolicy", J.O(("PolicyId", "p-nothere")));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("PolicyNotFoundException", answer.Json["__type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(answer.ErrorMessage));
    }

    [Fact]
    public async Task UnsupportedServiceIsNamed()
    {
        var answer = await Aws.Admin.Query("s3", "2006-03-01", "ListBuckets");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("s3", answer.Body);
    }

    [Fact]
    public async Task SuccessfulAnswersWrapResultAndRequestId()
    {
        var answer = await Aws.Admin.Iam("GetUser");
        Assert.Equal("GetUserResponse", answer.Xml.Name.LocalName);
        Assert.Equal("GetUserResult", ((System.Xml.Linq.XElement)answer.Xml.FirstNode!).Name.LocalName);
        Assert.False(string.IsNullOrEmpty(answer.X("RequestId")));
    }

    [Fact]
    public async Task MissingRequiredMemberIsValidationException()
    {
        var answer = await Aws.Admin.Json("ssm", "DescribeSessions", null);
        Assert.Equal("ValidationException", answer.ErrorCode);
    }

    [Fact]
    public async Task AnEmulatorFaultIsTheServicesInternalError()
    {
        Aws.Authorizer.Decide = _ => throw new System.InvalidOperationException("boom");
        var query = await Aws.Admin.Iam("ListUsers");
        Assert.Equal((HttpStatusCode.InternalServerError, "ServiceFailure"), (query.Status, query.ErrorCode));
        var json = await Aws.Admin.Organizations("DescribeOrganization");
        Assert.Equal((HttpStatusCode.InternalServerError, "ServiceException"), (json.Status, json.ErrorCode));
    }
}
