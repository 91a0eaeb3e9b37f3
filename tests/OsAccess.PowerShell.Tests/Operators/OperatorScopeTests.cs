using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OsAccess.Core.Policy;
using OsAccess.Core.Requests;
using OsAccess.PowerShell.Requests;
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
        public async Task SomeoneAskingWithReadOnlyAccessTooNeitherReadsNorRetagsAnotherPersonsRequest()
        {
            var (asker, others) = await RequestsAsync(OperatorTask.Request);

            Assert.Equal("AccessDeniedException", (await asker.Ssm("GetOpsItem", new JsonObject { ["OpsItemId"] = others })).ErrorCode);
            Assert.Equal("AccessDeniedException", (await asker.Ssm("AddTagsToResource", new JsonObject
            {
                ["ResourceType"] = "OpsItem", ["ResourceId"] = others, ["Tags"] = new JsonArray(new JsonObject { ["Key"] = AccessRequestFields.RequesterTag, ["Value"] = "hub-operator" }),
            })).ErrorCode);
            Assert.Equal("AccessDeniedException", (await asker.Ssm("RemoveTagsFromResource", new JsonObject
            {
                ["ResourceType"] = "OpsItem", ["ResourceId"] = others, ["TagKeys"] = new JsonArray(AccessRequestFields.RequesterTag),
            })).ErrorCode);
            Assert.Equal("AccessDeniedException", (await asker.Ssm("UpdateOpsItem", new JsonObject { ["OpsItemId"] = others, ["Status"] = "Resolved" })).ErrorCode);
            var own = world.As(OperatorAccountKind.Hub, "Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason mine | Get-OSAccessRequest @aws");
            Assert.True(own.Errors.Count == 0, string.Join("\n", own.Errors));
            Assert.Equal("mine", own.Output.Cast<OSAccessRequest>().Single().Reason);
        }

        [Fact]
        public async Task AskingAndApprovingTogetherReadEveryRequest()
        {
            var (both, others) = await RequestsAsync(OperatorTask.Request, OperatorTask.Approve);

            var read = await both.Ssm("GetOpsItem", new JsonObject { ["OpsItemId"] = others });
            Assert.True(read.Ok, read.ToString());
            Assert.Equal("INC-1", read.Json["OpsItem"]!["Description"]!.GetValue<string>());
        }

        /// <summary>
        /// The hub operator holding the tasks' hub part and ReadOnlyAccess, and a request of the administrator's in the hub;
        /// answers the operator's client and the request's id.
        /// </summary>
        private async Task<(AwsClient Operator, string OthersRequest)> RequestsAsync(params OperatorTask[] tasks)
        {
            await world.PrepareAsync(OperatorPolicyBuilder.Build(tasks, OperatorWorld.CrossAccountRole).ToDictionary(p => p.Account, p => p.Document));
            Assert.True((await world.Admin.Iam("AttachUserPolicy", ("UserName", "hub-operator"), ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))).Ok);
            var asked = world.AsAdmin("Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason INC-1");
            return (world.Client(world.OperatorKeys(OperatorAccountKind.Hub)), asked.Output.Cast<OSAccessRequest>().Single().RequestId);
        }

        [Fact]
        public async Task AnAuditorHoldingTheAuditPolicyWritesTheWholeAccessReview()
        {
            var policies = OperatorPolicyBuilder.Build(new[] { OperatorTask.Audit }, OperatorWorld.CrossAccountRole).ToDictionary(p => p.Account, p => p.Document);
            await world.PrepareAsync(policies);
            // The hub is the management account here: the one auditor holds both of its parts, as docs/operator-policy.md says to.
            var hubPart = await world.Admin.Iam("CreatePolicy", ("PolicyName", "auditor-hub"), ("PolicyDocument", PolicyJsonWriter.Write(policies[OperatorAccountKind.Hub])));
            Assert.True(hubPart.Ok, hubPart.ToString());
            Assert.True((await world.Admin.Iam("AttachUserPolicy", ("UserName", "org-operator"), ("PolicyArn", hubPart.X("Arn")!))).Ok);
            world.AsAdmin("Publish-OSAccessScp @aws -TargetId $members; Publish-OSAccessRole @aws -AccountId $members -HubAccountId 111111111111; " +
                "Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason INC-7; " +
                "Grant-OSAccess @aws -UserName alice -AccountId $members -Reason CHG-1");
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), System.Guid.NewGuid() + ".html");

            var run = world.As(OperatorAccountKind.Management, $"Export-OSAccessReport @aws -Path '{path}'");

            Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
            Assert.DoesNotContain(run.Warnings, w => w.Contains(OperatorScenario.NotAuthorized, System.StringComparison.Ordinal));
            var html = System.IO.File.ReadAllText(path);
            System.IO.File.Delete(path);
            Assert.Contains("INC-7", html);
            Assert.Contains("CHG-1", html);
            Assert.DoesNotContain("Not read", html);
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
