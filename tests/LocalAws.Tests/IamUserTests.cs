using System;
using System.Linq;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

public class IamUserTests : LocalAwsTest<LocalAwsFixture>
{
    private const string Allow = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    public IamUserTests(LocalAwsFixture aws) : base(aws) { }

    [Fact]
    public async Task GetUserWithoutNameReturnsTheCaller()
    {
        var answer = await Aws.Client(Credentials.Alice).Iam("GetUser");
        Assert.Equal("alice", answer.X("UserName"));
        Assert.Equal("arn:aws:iam::111111111111:user/alice", answer.X("Arn"));
        Assert.StartsWith("AIDA", answer.X("UserId"));
    }

    [Fact]
    public async Task CreateUserThenGetAndListIt()
    {
        var created = await Aws.Admin.Iam("CreateUser", ("UserName", "bob"), ("Path", "/ops/"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "x"));
        Assert.True(created.Ok, created.ToString());
        Assert.Equal("arn:aws:iam::111111111111:user/ops/bob", created.X("Arn"));
        Assert.Equal("bob", (await Aws.Admin.Iam("GetUser", ("UserName", "bob"))).X("UserName"));
        var listed = await Aws.Admin.Iam("ListUsers", ("PathPrefix", "/ops/"));
        Assert.Equal(new[] { "bob" }, listed.All("UserName"));
    }

    [Fact]
    public async Task CreateUserTwiceIsEntityAlreadyExists()
    {
        await Aws.Admin.Iam("CreateUser", ("UserName", "bob"));
        var again = await Aws.Admin.Iam("CreateUser", ("UserName", "BOB"));
        Assert.Equal("EntityAlreadyExists", again.ErrorCode);
        Assert.Equal(409, (int)again.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a-name-that-is-much-too-long-for-iam-because-it-has-more-than-64-chars")]
    public async Task InvalidUserNamesAreValidationErrors(string name)
    {
        var answer = await Aws.Admin.Iam("CreateUser", ("UserName", name));
        Assert.Equal("ValidationError", answer.ErrorCode);
    }

    [Fact]
    public async Task UnknownUserIsNoSuchEntity()
    {
        var answer = await Aws.Admin.Iam("GetUser", ("UserName", "nobody"));
        Assert.Equal("NoSuchEntity", answer.ErrorCode);
        Assert.Equal(404, (int)answer.Status);
    }

    [Fact]
    public async Task ListUsersPaginatesWithMarker()
    {
        for (int i = 0; i < 5; i++) await Aws.Admin.Iam("CreateUser", ("UserName", $"user{i}"));
        var first = await Aws.Admin.Iam("ListUsers", ("MaxItems", "4"));
        Assert.Equal("true", first.X("IsTruncated"));
        Assert.Equal(4, first.All("UserName").Length);
        var second = await Aws.Admin.Iam("ListUsers", ("MaxItems", "4"), ("Marker", first.X("Marker")!));
        Assert.Equal("false", second.X("IsTruncated"));
        var all = first.All("UserName").Concat(second.All("UserName")).ToArray();
        Assert.Equal(7, all.Distinct().Count());
        Assert.Equal("ValidationError", (await Aws.Admin.Iam("ListUsers", ("Marker", "garbage"))).ErrorCode);
    }

    [Fact]
    public async Task CreateAccessKeyGivesWorkingCredentialsUpToTwo()
    {
        await Aws.Admin.Iam("CreateUser", ("UserName", "bob"));
        var key = await Aws.Admin.Iam("CreateAccessKey", ("UserName", "bob"));
        Assert.StartsWith("AKIA", key.X("AccessKeyId"));
        var bob = Aws.Client(new Credentials(key.X("AccessKeyId")!, key.X("SecretAccessKey")!));
        Assert.Equal("arn:aws:iam::111111111111:user/bob", (await bob.Sts("GetCallerIdentity")).X("Arn"));
        Assert.True((await Aws.Admin.Iam("CreateAccessKey", ("UserName", "bob"))).Ok);
        Assert.Equal("LimitExceeded", (await Aws.Admin.Iam("CreateAccessKey", ("UserName", "bob"))).ErrorCode);
    }

    [Fact]
    public async Task TagUntagAndListUserTags()
    {
        await Aws.Admin.Iam("TagUser", ("UserName", "alice"), ("Tags.member.1.Key", "cost"), ("Tags.member.1.Value", "42"));
        var tags = await Aws.Admin.Iam("ListUserTags", ("UserName", "alice"));
        Assert.Equal(new[] { "cost", "team" }, tags.All("Key"));
        await Aws.Admin.Iam("UntagUser", ("UserName", "alice"), ("TagKeys.member.1", "team"));
        Assert.Equal(new[] { "cost" }, (await Aws.Admin.Iam("ListUserTags", ("UserName", "alice"))).All("Key"));
        Assert.Equal(new[] { "team" }, Aws.Authorizer.Last("iam:UntagUser").Context["aws:TagKeys"]);
    }

    [Theory]
    [InlineData("reason", "patching, db01", "tags.1.member.value", @"[\p{L}\p{Z}\p{N}_.:/=+\-@]*")]
    [InlineData("reason", "ticket #42", "tags.1.member.value", @"[\p{L}\p{Z}\p{N}_.:/=+\-@]*")]
    [InlineData("why?", "x", "tags.1.member.key", @"[\p{L}\p{Z}\p{N}_.:/=+\-@]+")]
    public async Task TagsWithCharactersIamRefusesAreRefusedWithIamsError(string key, string value, string at, string pattern)
    {
        var refused = await Aws.Admin.Iam("TagUser", ("UserName", "alice"), ("Tags.member.1.Key", key), ("Tags.member.1.Value", value));

        Assert.Equal("ValidationError", refused.ErrorCode);
        Assert.Contains($"at '{at}' failed to satisfy constraint: Member must satisfy regular expression pattern: {pattern}", refused.ErrorMessage);
        Assert.Equal(new[] { "team" }, (await Aws.Admin.Iam("ListUserTags", ("UserName", "alice"))).All("Key"));
    }

    [Fact]
    public async Task WhatOsAccessEncodesIamTakesAndGivesBack()
    {
        const string reason = "patching, db01 #42 (承認済み) 100% = done; aws:x";
        string encoded = OsAccess.Core.Aws.TagText.EncodeValue(reason, "Reason");

        Assert.True((await Aws.Admin.Iam("TagUser", ("UserName", "alice"), ("Tags.member.1.Key", "osaccess:reason"), ("Tags.member.1.Value", encoded))).Ok);
        var tags = await Aws.Admin.Iam("ListUserTags", ("UserName", "alice"));
        Assert.Contains(encoded, tags.All("Value"));
        Assert.Equal(reason, OsAccess.Core.Aws.TagText.Decode(encoded));
    }

    [Fact]
    public async Task MoreThanFiftyTagsIsLimitExceeded()
    {
        var tags = Enumerable.Range(1, 51).SelectMany(i => new[] { ($"Tags.member.{i}.Key", $"k{i}"), ($"Tags.member.{i}.Value", "v") }).ToArray();
        Assert.Equal("LimitExceeded", (await Aws.Admin.Iam("TagUser", new[] { ("UserName", "alice") }.Concat(tags).ToArray())).ErrorCode);
    }

    [Fact]
    public async Task InlineUserPoliciesPutGetListDelete()
    {
        Assert.True((await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "s3"), ("PolicyDocument", Allow))).Ok);
        var got = await Aws.Admin.Iam("GetUserPolicy", ("UserName", "alice"), ("PolicyName", "s3"));
        Assert.Equal(Uri.EscapeDataString(Allow), got.X("PolicyDocument"));
        Assert.Equal(new[] { "s3" }, (await Aws.Admin.Iam("ListUserPolicies", ("UserName", "alice"))).All("member"));
        Assert.True((await Aws.Admin.Iam("DeleteUserPolicy", ("UserName", "alice"), ("PolicyName", "s3"))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetUserPolicy", ("UserName", "alice"), ("PolicyName", "s3"))).ErrorCode);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("DeleteUserPolicy", ("UserName", "alice"), ("PolicyName", "s3"))).ErrorCode);
    }

    [Fact]
    public async Task UserInlinePoliciesTogetherMayNotExceed2048NonWhitespaceCharacters()
    {
        string Doc(int actions) => "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" +
            string.Join(",", Enumerable.Range(0, actions).Select(i => $"\"s3:Get{i:D4}\"")) + "],\"Resource\":\"*\"}]}";
        var first = Doc(75);
        Assert.InRange(first.Length, 1000, 1200);
        Assert.True((await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "a"), ("PolicyDocument", first))).Ok);
        var second = await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "b"), ("PolicyDocument", first));
        Assert.Equal("LimitExceeded", second.ErrorCode);
        var spaced = Doc(20).Replace(",", " ,   ");
        Assert.True((await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "b"), ("PolicyDocument", spaced))).Ok);

        Task<AwsAnswer> Put(string name, string document) =>
            Aws.Admin.Iam("PutUserPolicy", ("UserName", "bob"), ("PolicyName", name), ("PolicyDocument", document));
        Assert.True((await Aws.Admin.Iam("CreateUser", ("UserName", "bob"))).Ok);
        Assert.Equal("LimitExceeded", (await Put("a", SizedPolicy.Of(2049))).ErrorCode);
        Assert.True((await Put("a", SizedPolicy.Of(2048, spaces: 500))).Ok);
        Assert.True((await Put("a", SizedPolicy.Of(2048))).Ok, "a policy replacing one of the same name is not counted twice");
        Assert.Equal("LimitExceeded", (await Put("b", SizedPolicy.Of(200))).ErrorCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Principal":"*"}]}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Permit","Action":"s3:*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"2011-01-01","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""")]
    public async Task MalformedIdentityPoliciesAreRefused(string document)
    {
        var answer = await Aws.Admin.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "bad"), ("PolicyDocument", document));
        Assert.Equal("MalformedPolicyDocument", answer.ErrorCode);
    }

    [Fact]
    public async Task AttachDetachAndListAttachedUserPolicies()
    {
        const string arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess";
        Assert.True((await Aws.Admin.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", arn))).Ok);
        var listed = await Aws.Admin.Iam("ListAttachedUserPolicies", ("UserName", "alice"));
        Assert.Equal(new[] { "ReadOnlyAccess", "ViewOnlyAccess" }, listed.All("PolicyName"));
        Assert.True((await Aws.Admin.Iam("DetachUserPolicy", ("UserName", "alice"), ("PolicyArn", arn))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("DetachUserPolicy", ("UserName", "alice"), ("PolicyArn", arn))).ErrorCode);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", "arn:aws:iam::aws:policy/Nope"))).ErrorCode);
    }

    [Fact]
    public async Task AtMostTenManagedPoliciesPerUser()
    {
        for (int i = 0; i < 9; i++)
        {
            var p = await Aws.Admin.Iam("CreatePolicy", ("PolicyName", $"p{i}"), ("PolicyDocument", Allow));
            Assert.True((await Aws.Admin.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", p.X("Arn")!))).Ok);
        }
        var eleventh = await Aws.Admin.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"));
        Assert.Equal("LimitExceeded", eleventh.ErrorCode);
    }

    [Fact]
    public async Task AccessKeysCanBeListedDeactivatedAndDeleted()
    {
        await Aws.Admin.Iam("CreateUser", ("UserName", "bob"));
        var key = await Aws.Admin.Iam("CreateAccessKey", ("UserName", "bob"));
        string id = key.X("AccessKeyId")!;
        var bob = Aws.Client(new Credentials(id, key.X("SecretAccessKey")!));
        Assert.Equal(new[] { id }, (await Aws.Admin.Iam("ListAccessKeys", ("UserName", "bob"))).All("AccessKeyId"));
        Assert.True((await Aws.Admin.Iam("UpdateAccessKey", ("UserName", "bob"), ("AccessKeyId", id), ("Status", "Inactive"))).Ok);
        Assert.Equal("Inactive", (await Aws.Admin.Iam("ListAccessKeys", ("UserName", "bob"))).X("Status"));
        Assert.Equal("InvalidClientTokenId", (await bob.Sts("GetCallerIdentity")).ErrorCode);
        Assert.Equal("DeleteConflict", (await Aws.Admin.Iam("DeleteUser", ("UserName", "bob"))).ErrorCode);
        Assert.True((await Aws.Admin.Iam("DeleteAccessKey", ("UserName", "bob"), ("AccessKeyId", id))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("DeleteAccessKey", ("UserName", "bob"), ("AccessKeyId", id))).ErrorCode);
        Assert.True((await Aws.Admin.Iam("DeleteUser", ("UserName", "bob"))).Ok);
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("GetUser", ("UserName", "bob"))).ErrorCode);
    }

    [Fact]
    public async Task PermissionsBoundariesCanBePutAndDeleted()
    {
        const string boundary = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess";
        Assert.True((await Aws.Admin.Iam("PutUserPermissionsBoundary", ("UserName", "alice"), ("PermissionsBoundary", boundary))).Ok);
        Assert.Equal(boundary, (await Aws.Admin.Iam("GetUser", ("UserName", "alice"))).X("PermissionsBoundaryArn"));
        Assert.Equal(new[] { boundary }, Aws.Authorizer.Last("iam:PutUserPermissionsBoundary").Context["iam:PermissionsBoundary"]);
        Assert.True((await Aws.Admin.Iam("DeleteUserPermissionsBoundary", ("UserName", "alice"))).Ok);
        Assert.Null((await Aws.Admin.Iam("GetUser", ("UserName", "alice"))).X("PermissionsBoundaryArn"));
        Assert.Equal("NoSuchEntity", (await Aws.Admin.Iam("PutUserPermissionsBoundary", ("UserName", "alice"),
            ("PermissionsBoundary", "arn:aws:iam::aws:policy/Nope"))).ErrorCode);
    }
}
