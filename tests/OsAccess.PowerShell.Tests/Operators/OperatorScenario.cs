using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Core.Grants;
using OsAccess.Core.Policy;
using OsAccess.Workflows.Operators;

using static OsAccess.Workflows.Operators.OperatorAccountKind;
using static OsAccess.Workflows.Operators.OperatorCmdlets;

namespace OsAccess.PowerShell.Tests.Operators
{
    /// <summary>
    /// Each task's cmdlets run as its operators, every path that needs an action of its policy taken: what is set up
    /// for it is done by the administrator, and each step records its errors and what LocalAws authorised for it.
    /// </summary>
    public sealed class OperatorScenario
    {
        private const string Hub = "-HubAccountId 111111111111";
        private readonly OperatorWorld world;

        private readonly bool strict;

        private OperatorScenario(OperatorWorld world, bool strict)
        {
            this.world = world;
            this.strict = strict;
        }

        public List<Step> Steps { get; } = new List<Step>();

        /// <param name="strict">
        /// Whether what the administrator sets up between the operators' steps must succeed (it may not once an operator's
        /// step before it was refused: no OSAccess role to drift), and whether every step runs even after one has failed.
        /// </param>
        public static async Task<OperatorScenario> RunAsync(OperatorWorld world, OperatorTask task, bool strict)
        {
            var scenario = new OperatorScenario(world, strict);
            await (task switch
            {
                OperatorTask.Publish => scenario.PublishAsync(),
                OperatorTask.Grant => scenario.GrantAsync(),
                OperatorTask.Audit => scenario.AuditAsync(),
                OperatorTask.Revoke => scenario.RevokeAsync(),
                OperatorTask.Request => scenario.RequestAsync(),
                OperatorTask.Approve => scenario.ApproveAsync(),
                _ => throw new ArgumentOutOfRangeException(nameof(task)),
            });
            return scenario;
        }

        private async Task PublishAsync()
        {
            // SCPs off at the root: the first publish turns them on (-Force answers its question).
            var root = (await world.Admin.Organizations("ListRoots")).Json["Roots"]![0]!["Id"]!.GetValue<string>();
            await Ok(world.Admin.Organizations("DisablePolicyType", new JsonObject { ["RootId"] = root, ["PolicyType"] = "SERVICE_CONTROL_POLICY" }));
            As(Management, "Publish-OSAccessScp @aws -TargetId $members -Force", PublishScp);
            As(Management, "Publish-OSAccessScp @aws -TargetId $members -Channel All", PublishScp);
            As(Management, "Test-OSAccessScp @aws", TestScp);
            As(Management, "Unpublish-OSAccessScp @aws -All -Confirm:$false", UnpublishScp);
            As(Management, $"Publish-OSAccessRole @aws -AccountId $members {Hub}", PublishRole);
            await DriftAsync(DefaultSeedProd);
            As(Management, $"Publish-OSAccessRole @aws -AccountId $members {Hub}", PublishRole);
            As(Management, $"Test-OSAccessRole @aws -AccountId $members {Hub}", TestRole);
            await Ok((await world.MemberAdminAsync(DefaultSeedProd)).Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "Extra"), ("PolicyDocument", AllowS3)));
            As(Management, "Unpublish-OSAccessRole @aws -AccountId $members -Confirm:$false -Force", UnpublishRole);
        }

        private async Task GrantAsync()
        {
            await OldGrantsAsync("alice");
            As(OperatorAccountKind.Hub, "Grant-OSAccess @aws -UserName alice -AccountId $members -Reason CHG-1", Grant);
            As(OperatorAccountKind.Hub, "Get-OSAccessGrant @aws -UserName alice", GetGrant);
        }

        /// <summary>What making a grant cleans up first: an expired grant still attached, and a leftover policy never attached.</summary>
        private async Task OldGrantsAsync(string user)
        {
            world.Emulator.Clock.Advance(TimeSpan.FromHours(-2));
            await Ok(world.Admin.Iam("CreatePolicy", ("PolicyName", GrantPolicyName.Name(DateTimeOffset.UtcNow, "0000dead")),
                ("Path", GrantPolicyName.PathFor(user)), ("PolicyDocument", AllowS3)));
            var expired = await Ok(world.Admin.Iam("CreatePolicy", ("PolicyName", GrantPolicyName.Name(DateTimeOffset.UtcNow.AddMinutes(-1), "0000beef")),
                ("Path", GrantPolicyName.PathFor(user)), ("PolicyDocument", AllowS3)));
            world.Emulator.Clock.Reset();
            await Ok(world.Admin.Iam("AttachUserPolicy", ("UserName", user), ("PolicyArn", expired.X("Arn")!)));
        }

        /// <summary>A person asks, withdraws: with a request of someone else's in the hub, which -Mine leaves alone.</summary>
        private async Task RequestAsync()
        {
            var topic = await TopicAsync();
            world.AsAdmin("Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason INC-1");
            As(OperatorAccountKind.Hub, $"Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason INC-2 -NotificationTopicArn {topic}", RequestAccess);
            As(OperatorAccountKind.Hub, $"Get-OSAccessRequest @aws -Mine | Stop-OSAccessRequest @aws -NotificationTopicArn {topic} -Confirm:$false",
                GetOwnRequests, WithdrawRequest);
        }

        /// <summary>
        /// An approver asks and withdraws, approves someone's request (cleaning up their old grants), records an approval
        /// whose grant they made before (its policy read back), and denies another.
        /// </summary>
        private async Task ApproveAsync()
        {
            var topic = await TopicAsync();
            await OldGrantsAsync("admin");
            world.AsAdmin("Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason INC-1; Request-OSAccess @aws -AccountId $members -Duration 2:00 -Reason INC-2");
            As(OperatorAccountKind.Hub, $"Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason INC-3 | Stop-OSAccessRequest @aws -NotificationTopicArn {topic} -Confirm:$false",
                RequestAccess, WithdrawRequest);
            var approved = As(OperatorAccountKind.Hub, "Get-OSAccessRequest @aws -Status Pending | Sort-Object End | Select-Object -First 1 | " +
                $"Approve-OSAccessRequest @aws -NotificationTopicArn {topic} -Confirm:$false", GetRequests, ApproveRequest);
            if (approved.Count == 1)
            {
                var id = (string)approved[0]!.GetType().GetProperty("RequestId")!.GetValue(approved[0])!;
                await Ok(world.Admin.Ssm("UpdateOpsItem", new JsonObject { ["OpsItemId"] = id, ["Status"] = "Open" }));
                As(OperatorAccountKind.Hub, $"Approve-OSAccessRequest @aws -RequestId {id} -Confirm:$false", ApproveRequest);
            }
            As(OperatorAccountKind.Hub, $"Get-OSAccessRequest @aws -Status Pending | Deny-OSAccessRequest @aws -Comment no -NotificationTopicArn {topic} -Confirm:$false",
                GetRequests, DenyRequest);
        }

        /// <summary>An SNS topic for the announcements, made by the administrator.</summary>
        private async Task<string> TopicAsync()
        {
            var topic = await world.Admin.Query("sns", "2010-03-31", "CreateTopic", ("Name", "osaccess-requests"));
            Assert.True(topic.Ok, topic.ToString());
            return topic.X("TopicArn")!;
        }

        private async Task AuditAsync()
        {
            world.AsAdmin($"Publish-OSAccessScp @aws -TargetId $members; Publish-OSAccessRole @aws -AccountId $members {Hub}; " +
                "Grant-OSAccess @aws -UserName alice -AccountId $members -Reason CHG-1");
            await PutRevocationDenyAsync(DefaultSeedProd);
            As(Management, "Test-OSAccessScp @aws", TestScp);
            As(Management, $"Test-OSAccessRole @aws -All {Hub}", TestRole);
            As(OperatorAccountKind.Hub, "Get-OSAccessGrant @aws -IncludeUnmanaged", GetGrant);
            As(Management, "Get-OSAccessSession @aws -All", SessionsAcrossOrganization);
            world.AsAdmin("Request-OSAccess @aws -AccountId $members -Duration 1:00 -Reason INC-1");
            As(OperatorAccountKind.Hub, "Get-OSAccessRequest @aws", GetRequests);
        }

        /// <summary>A revocation deny on the role, which the role cmdlets read (GetRolePolicy) to keep it.</summary>
        private async Task PutRevocationDenyAsync(string account)
        {
            var deny = PolicyJsonWriter.Write(SessionDenyBuilder.Build("bob", DateTimeOffset.UtcNow));
            await Ok((await world.MemberAdminAsync(account)).Iam("PutRolePolicy", ("RoleName", "OSAccess"),
                ("PolicyName", SessionDenyBuilder.PolicyName("bob")), ("PolicyDocument", deny)));
        }

        private async Task RevokeAsync()
        {
            world.AsAdmin($"Publish-OSAccessRole @aws -AccountId $members {Hub}; " +
                "Grant-OSAccess @aws -UserName alice -AccountId $members -Reason CHG-1 -Start ([DateTime]::UtcNow.AddMinutes(-1))");
            foreach (var (account, instance) in new[] { (DefaultSeedProd, "i-0a1b2c3d4e5f60001"), (DefaultSeedDev, "i-0a1b2c3d4e5f60003") })
            {
                var alice = await world.AssumeAsync(world.Client(LocalAws.Tests.Support.Credentials.Alice), $"arn:aws:iam::{account}:role/OSAccess", "alice");
                await Ok(alice.Ssm("StartSession", new JsonObject { ["Target"] = instance }));
                var deny = PolicyJsonWriter.Write(SessionDenyBuilder.Build("bob", DateTimeOffset.UtcNow.AddDays(-2)));
                await Ok((await world.MemberAdminAsync(account)).Iam("PutRolePolicy", ("RoleName", "OSAccess"),
                    ("PolicyName", SessionDenyBuilder.PolicyName("bob")), ("PolicyDocument", deny)));
            }
            As(OperatorAccountKind.Hub, "Get-OSAccessSession @aws -AccountId $members", SessionsInAccounts);
            As(OperatorAccountKind.Hub, $"Get-OSAccessSession @aws -AccountId {DefaultSeedDev} | Stop-OSAccessSession @aws -Confirm:$false", SessionsInAccounts, StopSession);
            As(OperatorAccountKind.Hub, "Get-OSAccessGrant @aws -UserName alice | Revoke-OSAccess @aws -EndSessions -Confirm:$false", GetGrant, Revoke);
            As(OperatorAccountKind.Hub, "Revoke-OSAccess @aws -Expired -AccountId $members -Confirm:$false", Revoke);
        }

        private const string DefaultSeedProd = LocalAws.Seeding.DefaultSeed.ProdAccountId;
        private const string DefaultSeedDev = LocalAws.Seeding.DefaultSeed.DevAccountId;
        private const string AllowS3 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

        /// <summary>Drift in one account that only a repair with every write of Publish-OSAccessRole undoes.</summary>
        private async Task DriftAsync(string account)
        {
            var admin = await world.MemberAdminAsync(account);
            await PutRevocationDenyAsync(account);
            await Ok(admin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "Extra"), ("PolicyDocument", AllowS3)));
            await Ok(admin.Iam("AttachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess")));
            await Ok(admin.Iam("UpdateAssumeRolePolicy", ("RoleName", "OSAccess"), ("PolicyDocument",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::999999999999:root\"},\"Action\":\"sts:AssumeRole\"}]}")));
            await Ok(admin.Iam("UpdateRole", ("RoleName", "OSAccess"), ("MaxSessionDuration", "43200")));
            for (int i = 0; i < 4; i++)
            {
                await Ok(admin.Iam("CreatePolicyVersion", ("PolicyArn", $"arn:aws:iam::{account}:policy/OSAccessPolicy"),
                    ("PolicyDocument", AllowS3.Replace("s3:GetObject", "s3:GetObject" + i)), ("SetAsDefault", "true")));
            }
        }

        private async Task<AwsAnswer> Ok(Task<AwsAnswer> call)
        {
            var answer = await call;
            if (strict) Assert.True(answer.Ok, answer.ToString());
            return answer;
        }

        /// <summary>
        /// Runs an operator's step and answers its output; once a step has failed, and the scenario is not strict, the rest
        /// are not run (and answer nothing).
        /// </summary>
        private List<object?> As(OperatorAccountKind kind, string script, params OperatorCmdlet[] cmdlets)
        {
            if (!strict && Steps.Any(s => s.Failures.Count > 0)) return new List<object?>();
            world.Authorizer.Clear();
            var run = world.As(kind, script);
            var authorised = world.Authorizer.Requests
                .Select(r => (Kind: OperatorWorld.KindOf(r), r.Action)).Where(r => r.Kind != null).Select(r => (r.Kind!.Value, r.Action)).ToList();
            var failures = run.Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)
                .Concat(run.Warnings.Where(w => w.Contains(NotAuthorized, StringComparison.Ordinal)).Select(w => "WARNING: " + w)).ToList();
            Steps.Add(new Step(script, cmdlets, failures, authorised));
            return run.Output;
        }

        /// <summary>What LocalAws, like AWS, says of a refused call.</summary>
        public const string NotAuthorized = "is not authorized to perform: ";

        /// <param name="Failures">The step's errors, and its warnings of refused calls (a refused announcement is a warning).</param>
        public sealed record Step(string Script, OperatorCmdlet[] Cmdlets, List<string> Failures, List<(OperatorAccountKind Kind, string Action)> Authorised)
        {
            public override string ToString() => Script;
        }
    }
}
