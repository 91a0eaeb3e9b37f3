using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;

namespace OsAccess.Aws.Tests.RoundTrip
{
    /// <summary>Every IAM client operation against LocalAws.</summary>
    public class IamRoundTripTests : IClassFixture<LocalAwsSession>
    {
        private const string Trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}";
        private const string ReadS3 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        private const string ReadSsm = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ssm:DescribeSessions\",\"Resource\":\"*\"}]}";
        private static readonly CancellationToken None = CancellationToken.None;
        private readonly LocalAwsSession aws;
        private readonly IIamClient iam;

        public IamRoundTripTests(LocalAwsSession aws)
        {
            this.aws = aws;
            aws.Reset();
            iam = aws.Admin.Iam();
        }

        [Fact]
        public async Task UsersTagsAndAccessKeys()
        {
            var created = await iam.CreateUserAsync("bob", "/ops/", new[] { new AwsTag("team", "ops") }, None);
            await iam.TagUserAsync("bob", new[] { new AwsTag("cost", "42"), new AwsTag("tmp", "x") }, None);
            await iam.UntagUserAsync("bob", new[] { "tmp" }, None);
            var tags = await Pagination.AllAsync((m, ct) => iam.ListUserTagsAsync("bob", m, ct), None);
            var listed = await Pagination.AllAsync((m, ct) => iam.ListUsersAsync("/ops/", m, ct), None);
            var key = await iam.CreateAccessKeyAsync("bob", None);
            using var bobSts = aws.As(new AwsCredentials(key.AccessKeyId, key.SecretAccessKey), "bob's new key").Sts();
            var self = await bobSts.GetCallerIdentityAsync(None);

            Assert.Equal("arn:aws:iam::111111111111:user/ops/bob", created.Arn);
            Assert.Equal(new[] { "cost=42", "team=ops" }, tags.Select(t => t.ToString()).OrderBy(t => t));
            Assert.Equal(new[] { "bob" }, listed.Select(u => u.UserName));
            Assert.Equal("Active", key.Status);
            Assert.Equal(created.Arn, self.Arn);
            Assert.Equal("alice", (await iam.GetUserAsync("alice", None)).UserName);
        }

        [Fact]
        public async Task RolesWithTrustInlineAndAttachedPolicies()
        {
            var role = await iam.CreateRoleAsync(new IamCreateRoleRequest
            {
                RoleName = "OSAccess",
                AssumeRolePolicyDocument = Trust,
                Description = "OS access",
                MaxSessionDuration = 3600,
                Tags = new[] { new AwsTag("managed-by", "OsAccess") },
            }, None);
            await iam.UpdateRoleAsync("OSAccess", "OS access through Session Manager", 7200, None);
            await iam.UpdateAssumeRolePolicyAsync("OSAccess", Trust.Replace("111111111111:root", "111111111111:user/alice"), None);
            await iam.TagRoleAsync("OSAccess", new[] { new AwsTag("tier", "1") }, None);
            await iam.PutRolePolicyAsync("OSAccess", "OSAccessPolicy", ReadSsm, None);
            await iam.AttachRolePolicyAsync("OSAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", None);

            var fetched = await iam.GetRoleAsync("OSAccess", None);
            var inline = await iam.GetRolePolicyAsync("OSAccess", "OSAccessPolicy", None);
            var inlineNames = await Pagination.AllAsync((m, ct) => iam.ListRolePoliciesAsync("OSAccess", m, ct), None);
            var attached = await Pagination.AllAsync((m, ct) => iam.ListAttachedRolePoliciesAsync("OSAccess", m, ct), None);
            var tags = await Pagination.AllAsync((m, ct) => iam.ListRoleTagsAsync("OSAccess", m, ct), None);

            Assert.Equal("arn:aws:iam::111111111111:role/OSAccess", role.Arn);
            Assert.Equal("OS access through Session Manager", fetched.Description);
            Assert.Equal(7200, fetched.MaxSessionDuration);
            Assert.Contains("user/alice", fetched.AssumeRolePolicyDocument);
            Assert.Contains("ssm:DescribeSessions", inline.Document);
            Assert.Equal(new[] { "OSAccessPolicy" }, inlineNames);
            Assert.Equal(new[] { "arn:aws:iam::aws:policy/ReadOnlyAccess" }, attached.Select(a => a.PolicyArn));
            Assert.Equal(new[] { "managed-by", "tier" }, tags.Select(t => t.Key).OrderBy(k => k));

            await iam.DetachRolePolicyAsync("OSAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", None);
            await iam.DeleteRolePolicyAsync("OSAccess", "OSAccessPolicy", None);
            await iam.DeleteRoleAsync("OSAccess", None);
            var gone = await Assert.ThrowsAsync<AwsServiceException>(() => iam.GetRoleAsync("OSAccess", None));
            Assert.Equal("NoSuchEntity", gone.Code);
        }

        [Fact]
        public async Task UserInlineAndAttachedPolicies()
        {
            await iam.PutUserPolicyAsync("alice", "grant-222222222222", ReadS3, None);
            await iam.AttachUserPolicyAsync("alice", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", None);

            var inline = await iam.GetUserPolicyAsync("alice", "grant-222222222222", None);
            var names = await Pagination.AllAsync((m, ct) => iam.ListUserPoliciesAsync("alice", m, ct), None);
            var attached = await Pagination.AllAsync((m, ct) => iam.ListAttachedUserPoliciesAsync("alice", m, ct), None);

            Assert.Contains("s3:GetObject", inline.Document);
            Assert.Equal(new[] { "grant-222222222222" }, names);
            Assert.Contains("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", attached.Select(a => a.PolicyArn));

            await iam.DetachUserPolicyAsync("alice", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", None);
            await iam.DeleteUserPolicyAsync("alice", "grant-222222222222", None);
            Assert.Empty(await Pagination.AllAsync((m, ct) => iam.ListUserPoliciesAsync("alice", m, ct), None));
        }

        [Fact]
        public async Task ManagedPoliciesAndTheirVersions()
        {
            var policy = await iam.CreatePolicyAsync("OSAccessPolicy", ReadSsm, "/osaccess/", "OS access", new[] { new AwsTag("v", "1") }, None);
            var second = await iam.CreatePolicyVersionAsync(policy.Arn, ReadS3, setAsDefault: true, None);
            await iam.TagPolicyAsync(policy.Arn, new[] { new AwsTag("owner", "platform") }, None);

            var fetched = await iam.GetPolicyAsync(policy.Arn, None);
            var version = await iam.GetPolicyVersionAsync(policy.Arn, "v1", None);
            var versions = await Pagination.AllAsync((m, ct) => iam.ListPolicyVersionsAsync(policy.Arn, m, ct), None);
            var local = await Pagination.AllAsync((m, ct) => iam.ListPoliciesAsync("Local", null, null, m, ct), None);

            Assert.Equal("arn:aws:iam::111111111111:policy/osaccess/OSAccessPolicy", policy.Arn);
            Assert.Equal("v2", second.VersionId);
            Assert.Equal("v2", fetched.DefaultVersionId);
            Assert.Contains("ssm:DescribeSessions", version.Document);
            Assert.False(version.IsDefaultVersion);
            Assert.Equal(new[] { "v1", "v2" }, versions.Select(v => v.VersionId).OrderBy(v => v));
            Assert.Contains(local, p => p.Arn == policy.Arn);

            await iam.DeletePolicyVersionAsync(policy.Arn, "v1", None);
            await iam.DeletePolicyAsync(policy.Arn, None);
            Assert.Equal("NoSuchEntity", (await Assert.ThrowsAsync<AwsServiceException>(() => iam.GetPolicyAsync(policy.Arn, None))).Code);
        }

        [Fact]
        public async Task GetAccountAuthorizationDetailsWalksEveryPage()
        {
            foreach (int i in Enumerable.Range(1, 5))
            {
                await iam.CreateUserAsync("user" + i, null, null, None);
            }

            var users = await Pagination.AllAsync(async (marker, ct) =>
            {
                var page = await iam.GetAccountAuthorizationDetailsAsync(new[] { "User" }, marker, ct);
                return new Page<IamUserDetail>(page.Users, page.NextMarker);
            }, None);

            Assert.Equal(new[] { "admin", "alice", "user1", "user2", "user3", "user4", "user5" }, users.Select(u => u.User.UserName).OrderBy(n => n));
            Assert.Contains(users.Single(u => u.User.UserName == "admin").AttachedPolicies, a => a.PolicyName == "AdministratorAccess");
        }
    }
}
