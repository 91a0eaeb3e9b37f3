using System;
using System.Linq;
using System.Threading.Tasks;
using LocalAws.Authorization;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class StsTests : LocalAwsTest<LocalAwsFixture>
{
    private static readonly string ProdRole = LocalAwsFixture.OrganizationAccessRole("222222222222");
    public StsTests(LocalAwsFixture aws) : base(aws) { }

    private Task<AwsAnswer> Assume(AwsClient client, params (string, string)[] extra) =>
        client.Sts("AssumeRole", new[] { ("RoleArn", ProdRole), ("RoleSessionName", "alice") }.Concat(extra).ToArray());

    [Fact]
    public async Task AssumeRoleIssuesWorkingSessionCredentials()
    {
        var answer = await Assume(Aws.Admin);
        Assert.True(answer.Ok, answer.ToString());
        Assert.StartsWith("ASIA", answer.X("AccessKeyId"));
        Assert.Equal("arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/alice", answer.X("Arn"));
        Assert.EndsWith(":alice", answer.X("AssumedRoleId"));
        var session = Aws.Client(new Credentials(answer.X("AccessKeyId")!, answer.X("SecretAccessKey")!, answer.X("SessionToken")));
        var identity = await session.Sts("GetCallerIdentity");
        Assert.Equal(("222222222222", answer.X("Arn"), answer.X("AssumedRoleId")), (identity.X("Account"), identity.X("Arn"), identity.X("UserId")));
    }

    [Fact]
    public async Task SessionPolicyIsBoundedAs2048CharactersWhitespaceIncluded()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}""";
        string padded = policy.Replace("\"Statement\"", new string(' ', 2048 - policy.Length) + "\"Statement\"");
        Assert.True((await Assume(Aws.Admin, ("Policy", padded))).Ok);
        var over = await Assume(Aws.Admin, ("Policy", " " + padded));
        Assert.Equal(("ValidationError", 400), (over.ErrorCode, (int)over.Status));
        Assert.Equal("MalformedPolicyDocument", (await Assume(Aws.Admin, ("Policy", "{"))).ErrorCode);
    }

    [Fact]
    public async Task AssumeRoleHandsTheTrustPolicyAndSessionKeysToTheAuthorizer()
    {
        await Assume(Aws.Admin, ("SourceIdentity", "alice@example.com"), ("Tags.member.1.Key", "ticket"), ("Tags.member.1.Value", "T-1"),
            ("ExternalId", "ext"));
        var request = Aws.Authorizer.Last("sts:AssumeRole");
        Assert.Equal("arn:aws:iam::111111111111:user/admin", request.PrincipalArn);
        Assert.Equal(ProdRole, request.Resource);
        Assert.Equal("222222222222", request.ResourceAccount);
        Assert.Contains("arn:aws:iam::111111111111:root", request.ResourcePolicy);
        Assert.Null(request.ScpLevels);
        Assert.Equal(new[] { "alice" }, request.Context["sts:RoleSessionName"]);
        Assert.Equal(new[] { "alice@example.com" }, request.Context["sts:SourceIdentity"]);
        Assert.Equal(new[] { "T-1" }, request.Context["aws:RequestTag/ticket"]);
        Assert.Equal(new[] { "ext" }, request.Context["sts:ExternalId"]);
        Assert.Contains(Aws.Authorizer.Requests, r => r.Action == "sts:TagSession");
        Assert.Contains(Aws.Authorizer.Requests, r => r.Action == "sts:SetSourceIdentity");
    }

    [Fact]
    public async Task RefusalIsAccessDeniedNamingCallerActionAndResource()
    {
        Aws.Authorizer.Decide = r => r.Action == "sts:AssumeRole"
            ? new AuthorizationDecision(AuthorizationOutcome.ImplicitDeny, "identity-based policy") : AuthorizationDecision.Allow;
        var answer = await Assume(Aws.Client(Credentials.Alice));
        Assert.Equal("AccessDenied", answer.ErrorCode);
        Assert.Equal(403, (int)answer.Status);
        Assert.Equal($"User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole on resource: {ProdRole} because no identity-based policy allows the sts:AssumeRole action",
            answer.ErrorMessage);
    }

    [Fact]
    public async Task UnknownRoleIsAccessDenied()
    {
        var answer = await Aws.Admin.Sts("AssumeRole", ("RoleArn", "arn:aws:iam::222222222222:role/Nope"), ("RoleSessionName", "session"));
        Assert.Equal("AccessDenied", answer.ErrorCode);
    }

    [Theory]
    [InlineData("899")]
    [InlineData("43201")]
    [InlineData("7200")]
    public async Task DurationOutsideRangeOrAboveMaxSessionDurationIsValidationError(string seconds)
    {
        Assert.Equal("ValidationError", (await Assume(Aws.Admin, ("DurationSeconds", seconds))).ErrorCode);
    }

    [Fact]
    public async Task RoleChainingIsLimitedToOneHour()
    {
        var first = await Aws.AssumeAsync(Aws.Admin, ProdRole);
        await first.Iam("UpdateRole", ("RoleName", "OrganizationAccountAccessRole"), ("MaxSessionDuration", "43200"));
        Assert.True((await Assume(Aws.Admin, ("DurationSeconds", "7200"))).Ok);
        var chained = await Assume(first, ("DurationSeconds", "3601"));
        Assert.Equal("ValidationError", chained.ErrorCode);
        Assert.Contains("role chaining", chained.ErrorMessage);
        Assert.True((await Assume(first, ("DurationSeconds", "3600"))).Ok);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("has space")]
    [InlineData("x-name-that-is-far-too-long-for-a-role-session-because-it-exceeds-64")]
    public async Task InvalidSessionNamesAreValidationErrors(string name)
    {
        var answer = await Aws.Admin.Sts("AssumeRole", ("RoleArn", ProdRole), ("RoleSessionName", name));
        Assert.Equal("ValidationError", answer.ErrorCode);
    }

    [Fact]
    public async Task SessionCredentialsExpireOnTheEmulatorClock()
    {
        var session = await Aws.AssumeAsync(Aws.Admin, ProdRole);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(3599));
        Assert.True((await session.Sts("GetCallerIdentity")).Ok);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("ExpiredToken", (await session.Sts("GetCallerIdentity")).ErrorCode);
        Assert.Equal("ExpiredTokenException", (await session.Ssm("DescribeSessions", J.O(("State", "Active")))).ErrorCode);
    }

    [Fact]
    public async Task SessionCallsCarryTokenIssueTimeAndRolePrincipalArn()
    {
        Aws.Emulator.Clock.Set(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var session = await Aws.AssumeAsync(Aws.Admin, ProdRole, "bob");
        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(10));
        await session.Iam("ListRoles");
        var request = Aws.Authorizer.Last("iam:ListRoles");
        Assert.Equal(new[] { "2030-01-02T03:04:05Z" }, request.Context["aws:TokenIssueTime"]);
        Assert.Equal(new[] { "2030-01-02T03:14:05Z" }, request.Context["aws:CurrentTime"]);
        Assert.Equal(ProdRole, request.PrincipalArn);
        Assert.Equal("arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/bob", request.CallerArn);
        Assert.Equal(new[] { "AssumedRole" }, request.Context["aws:PrincipalType"]);
        Assert.NotNull(request.ScpLevels);
    }

    [Fact]
    public async Task SourceIdentityIsKeptAcrossChainingAndCannotChange()
    {
        var first = await Assume(Aws.Admin, ("SourceIdentity", "alice"));
        Assert.Equal("alice", first.X("SourceIdentity"));
        var session = Aws.Client(new Credentials(first.X("AccessKeyId")!, first.X("SecretAccessKey")!, first.X("SessionToken")));
        var chained = await Assume(session);
        Assert.Equal("alice", chained.X("SourceIdentity"));
        Assert.Equal("AccessDenied", (await Assume(session, ("SourceIdentity", "mallory"))).ErrorCode);
    }

    [Fact]
    public async Task DeletingTheRoleInvalidatesItsSessions()
    {
        var admin = await Aws.AssumeAsync(Aws.Admin, ProdRole);
        await admin.Iam("CreateRole", ("RoleName", "Temp"), ("AssumeRolePolicyDocument", IamRoleTests.Trust));
        var temp = await Aws.AssumeAsync(Aws.Admin, "arn:aws:iam::222222222222:role/Temp");
        Assert.True((await temp.Sts("GetCallerIdentity")).Ok);
        await admin.Iam("DeleteRole", ("RoleName", "Temp"));
        Assert.Equal("InvalidClientTokenId", (await temp.Sts("GetCallerIdentity")).ErrorCode);
    }

    [Fact]
    public async Task TransitiveSessionTagsPassToChainedSessions()
    {
        var first = await Assume(Aws.Admin, ("Tags.member.1.Key", "project"), ("Tags.member.1.Value", "osaccess"),
            ("Tags.member.2.Key", "temp"), ("Tags.member.2.Value", "x"), ("TransitiveTagKeys.member.1", "project"));
        var session = Aws.Client(new Credentials(first.X("AccessKeyId")!, first.X("SecretAccessKey")!, first.X("SessionToken")));
        var chained = await Assume(session);
        var inner = Aws.Client(new Credentials(chained.X("AccessKeyId")!, chained.X("SecretAccessKey")!, chained.X("SessionToken")));
        await inner.Iam("ListRoles");
        var context = Aws.Authorizer.Last("iam:ListRoles").Context;
        Assert.Equal(new[] { "osaccess" }, context["aws:PrincipalTag/project"]);
        Assert.False(context.ContainsKey("aws:PrincipalTag/temp"));
        var overwrite = await Assume(session, ("Tags.member.1.Key", "project"), ("Tags.member.1.Value", "other"));
        Assert.Equal("ValidationError", overwrite.ErrorCode);
    }
}
