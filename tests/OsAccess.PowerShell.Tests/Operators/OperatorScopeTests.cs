using System.Linq;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Workflows.Operators;

namespace OsAccess.PowerShell.Tests.Operators
{
    /// <summary>The operator policies reach only what OsAccess manages: the same calls on anything else are refused.</summary>
    public sealed class OperatorScopeTests : IClassFixture<OperatorWorld>
    {
        private const string AllowS3 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        private readonly OperatorWorld world;

        public OperatorScopeTests(OperatorWorld world) => this.world = world;

        [Fact]
        public async Task TheGrantOperatorWritesGrantPoliciesOnlyAndAttachesNothingElse()
        {
            await world.PrepareAsync(OperatorPolicyBuilder.Build(new[] { OperatorTask.Grant }, OperatorWorld.CrossAccountRole).ToDictionary(p => p.Account, p => p.Document));
            var hub = world.Client(world.OperatorKeys(OperatorAccountKind.Hub));

            Assert.Equal("AccessDenied", (await hub.Iam("CreatePolicy", ("PolicyName", "Mine"), ("PolicyDocument", AllowS3))).ErrorCode);
            Assert.Equal("AccessDenied", (await hub.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"))).ErrorCode);
            Assert.Equal("AccessDenied", (await hub.Iam("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "x"), ("PolicyDocument", AllowS3))).ErrorCode);

            var grant = await hub.Iam("CreatePolicy", ("PolicyName", "OSAccessGrant-20300101T000000Z-00000001"), ("Path", "/osaccess/grants/alice/"), ("PolicyDocument", AllowS3));
            Assert.True(grant.Ok, grant.ToString());
            Assert.True((await hub.Iam("AttachUserPolicy", ("UserName", "alice"), ("PolicyArn", grant.X("Arn")!))).Ok);
        }

        [Fact]
        public async Task ThePublishOperatorsMemberRoleChangesTheOsAccessRoleOnly()
        {
            await world.PrepareAsync(OperatorPolicyBuilder.Build(new[] { OperatorTask.Publish }, OperatorWorld.CrossAccountRole).ToDictionary(p => p.Account, p => p.Document));
            var operatorKeys = world.Client(world.OperatorKeys(OperatorAccountKind.Management));
            var member = await world.AssumeAsync(operatorKeys, $"arn:aws:iam::{OperatorWorld.Members[0]}:role/{OperatorWorld.CrossAccountRole}");

            Assert.Equal("AccessDenied", (await member.Iam("PutRolePolicy", ("RoleName", "OrganizationAccountAccessRole"), ("PolicyName", "x"), ("PolicyDocument", AllowS3))).ErrorCode);
            Assert.Equal("AccessDenied", (await member.Iam("CreatePolicy", ("PolicyName", "Other"), ("PolicyDocument", AllowS3))).ErrorCode);
            Assert.Equal("AccessDenied", (await member.Iam("DeleteRole", ("RoleName", OperatorWorld.CrossAccountRole))).ErrorCode);
            Assert.Equal("AccessDenied", (await operatorKeys.Sts("AssumeRole", ("RoleArn", $"arn:aws:iam::{OperatorWorld.Members[0]}:role/OrganizationAccountAccessRole"), ("RoleSessionName", "operator"))).ErrorCode);
        }
    }
}
