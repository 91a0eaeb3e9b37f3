using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Infrastructure;
using LocalAws.Seeding;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sts;
using OsAccess.Core.Roles;

namespace OsAccess.PowerShell.Tests.Roles
{
    public sealed class PublishOSAccessRoleTests : IClassFixture<LocalAwsOrganization>, IDisposable
    {
        private const string Publish = "Publish-OSAccessRole -AccountId $members -HubAccountId 111111111111 @aws";
        private const string Test = "Test-OSAccessRole -AccountId $members -HubAccountId 111111111111 @aws";
        private const string Prod = DefaultSeed.ProdAccountId;
        private static readonly CancellationToken None = CancellationToken.None;
        private readonly LocalAwsOrganization org;

        public PublishOSAccessRoleTests(LocalAwsOrganization org)
        {
            this.org = org;
            org.Reset();
        }

        public void Dispose() => org.Reset();

        [Fact]
        public void CreatesTheRoleInEveryAccountAndARerunWritesNothing()
        {
            var first = org.Invoke(Publish);

            Assert.Empty(first.Errors);
            var created = first.Of<OSAccessRoleResult>();
            Assert.Equal(org.Members.OrderBy(a => a), created.Select(r => r.AccountId).OrderBy(a => a));
            Assert.All(created, r => Assert.Equal(RoleStatus.Created, r.Status));
            Assert.All(created, r => Assert.Equal($"arn:aws:iam::{r.AccountId}:role/OSAccess", r.RoleArn));
            Assert.Contains("policy OSAccessPolicy: Create the policy", created[0].Changes);

            org.Host.Emulator.Requests.Clear();
            var second = org.Invoke(Publish);

            Assert.Empty(second.Errors);
            Assert.Empty(org.Writes());
            Assert.All(second.Of<OSAccessRoleResult>(), r => Assert.Equal(RoleStatus.Unchanged, r.Status));
            Assert.True((bool)org.Invoke(Test + " -Quiet").Output.Single()!);
        }

        [Fact]
        public async Task WritesTheRoleTrustPolicyAndPoliciesAsPublished()
        {
            org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 -MaxSessionDuration 4:00 -BasePolicy ViewOnlyAccess -RequireMfa @aws");

            using var iam = org.IamIn(Prod);
            var role = await iam.GetRoleAsync("OSAccess", None);
            Assert.Equal(4 * 3600, role.MaxSessionDuration);
            Assert.Contains(role.Tags, t => t.Key == RoleOwnership.TagKey && t.Value == RoleOwnership.TagValue);
            Assert.Contains("\"sts:RoleSessionName\":\"${aws:username}\"", role.AssumeRolePolicyDocument);
            Assert.Contains("\"aws:MultiFactorAuthPresent\":\"true\"", role.AssumeRolePolicyDocument);
            var attached = (await iam.ListAttachedRolePoliciesAsync("OSAccess", null, None)).Items.Select(a => a.PolicyArn).OrderBy(a => a);
            Assert.Equal(new[] { "arn:aws:iam::222222222222:policy/OSAccessPolicy", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess" }, attached);
        }

        [Fact]
        public async Task AHubUserAssumesTheRoleOnlyWithAGrantAndTheirOwnUserNameAsSessionName()
        {
            org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws");
            var alice = org.As(DefaultSeed.AliceAccessKeyId, DefaultSeed.AliceSecretAccessKey);
            using var sts = alice.Sts();
            Task<AssumedRole> AssumeAs(string sessionName) =>
                sts.AssumeRoleAsync(new AssumeRoleInput { RoleArn = "arn:aws:iam::222222222222:role/OSAccess", RoleSessionName = sessionName }, None);

            var noGrant = await Assert.ThrowsAsync<AwsServiceException>(() => AssumeAs("alice"));
            Assert.Equal("AccessDenied", noGrant.Code);

            var grant = (Core.Policy.BuiltPolicyDocument)org.Invoke(
                "New-OSAccessGrantPolicyDocument 222222222222 -Start ([DateTime]::UtcNow.AddMinutes(-1)) -Duration 2:00").Output.Single()!;
            using (var hub = org.Admin.Iam())
            {
                await hub.PutUserPolicyAsync("alice", "OSAccessGrant", grant.MinifiedJson, None);
            }

            var assumed = await AssumeAs("alice");
            Assert.Equal("arn:aws:sts::222222222222:assumed-role/OSAccess/alice", assumed.AssumedRoleArn);
            var otherName = await Assert.ThrowsAsync<AwsServiceException>(() => AssumeAs("bob"));
            Assert.Equal("AccessDenied", otherName.Code);
        }

        [Fact]
        public async Task EveryKindOfDriftIsFoundByTestAndRepairedByPublish()
        {
            org.Invoke(Publish);
            using (var iam = org.IamIn(Prod))
            {
                await iam.UpdateAssumeRolePolicyAsync("OSAccess",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::999999999999:root\"},\"Action\":\"sts:AssumeRole\"}]}", None);
                await iam.AttachRolePolicyAsync("OSAccess", "arn:aws:iam::aws:policy/AdministratorAccess", None);
                await iam.DetachRolePolicyAsync("OSAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", None);
                await iam.PutRolePolicyAsync("OSAccess", "Extra", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", None);
                await iam.CreatePolicyVersionAsync("arn:aws:iam::222222222222:policy/OSAccessPolicy",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ssm:*\",\"Resource\":\"*\"}]}", true, None);
                await iam.UpdateRoleAsync("OSAccess", null, 43200, None);
            }

            var test = org.Invoke("Test-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws").Of<OSAccessRoleTestResult>().Single();

            Assert.False(test.Compliant);
            Assert.Equal(
                new[]
                {
                    "OSAccessRole.BasePolicyNotAttached", "OSAccessRole.ForeignPolicyAttached", "OSAccessRole.InlinePolicyPresent", "OSAccessRole.PolicyDiffers",
                    "OSAccessRole.SessionDurationOverConfigured", "OSAccessRole.TrustPolicyDiffers", "OSAccessRole.TrustWiderThanHub",
                },
                test.Findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.All(test.Findings, f => Assert.False(string.IsNullOrEmpty(f.Remedy)));

            var repaired = org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws").Of<OSAccessRoleResult>().Single();

            Assert.Equal(RoleStatus.Updated, repaired.Status);
            Assert.Equal(
                new[]
                {
                    "role OSAccess: Detach arn:aws:iam::aws:policy/AdministratorAccess",
                    "role OSAccess: Delete the inline policy Extra",
                    "role OSAccess: Set the maximum session duration to 01:00:00",
                    "role OSAccess: Update the trust policy",
                    "policy OSAccessPolicy: Make a new default version (the oldest other version is deleted when IAM's 5 are kept)",
                    "role OSAccess: Attach arn:aws:iam::aws:policy/ReadOnlyAccess",
                },
                repaired.Changes);
            Assert.True((bool)org.Invoke("Test-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws -Quiet").Output.Single()!);
        }

        [Fact]
        public async Task AnEditedPolicyIsRepairedThroughVersionsPruningTheOldestAtIamsLimitOfFive()
        {
            org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws");
            const string arn = "arn:aws:iam::222222222222:policy/OSAccessPolicy";
            using var iam = org.IamIn(Prod);
            for (int i = 0; i < 4; i++)
            {
                await iam.CreatePolicyVersionAsync(arn, $"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Sid\":\"S{i}\",\"Effect\":\"Allow\",\"Action\":\"ssm:*\",\"Resource\":\"*\"}}]}}", true, None);
            }

            org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws");

            var versions = (await iam.ListPolicyVersionsAsync(arn, null, None)).Items;
            Assert.Equal(5, versions.Count);
            Assert.DoesNotContain(versions, v => v.VersionId == "v1");
            Assert.Equal("v6", versions.Single(v => v.IsDefaultVersion).VersionId);
        }

        [Fact]
        public async Task FailingAccountsAreReportedWhileTheOthersSucceedAndARerunConverges()
        {
            lock (org.Host.Emulator.World.Gate)
            {
                org.Host.Emulator.World.Accounts[DefaultSeed.DevAccountId].Roles.Remove("OrganizationAccountAccessRole");
            }

            using (var iam = org.IamIn("444444444444"))
            {
                await iam.PutRolePolicyAsync("OrganizationAccountAccessRole", "NoAttach",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"iam:AttachRolePolicy\",\"Resource\":\"*\"}]}", None);
            }

            var run = org.Invoke(Publish);

            var errors = run.Errors.ToDictionary(e => (string)e.TargetObject, e => e);
            Assert.Equal(new[] { "333333333333", "444444444444" }, errors.Keys.OrderBy(k => k));
            Assert.Equal("STS.AccessDenied", errors["333333333333"].FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("-CrossAccountRoleName", errors["333333333333"].ErrorDetails.Message);
            Assert.Equal("IAM.AccessDenied", errors["444444444444"].FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("Allow iam:AttachRolePolicy to OrganizationAccountAccessRole", errors["444444444444"].ErrorDetails.Message);
            Assert.Contains("Done before the failure: policy OSAccessPolicy: Create the policy; role OSAccess: Create the role, trusting", errors["444444444444"].ErrorDetails.Message);
            var results = run.Of<OSAccessRoleResult>().ToDictionary(r => r.AccountId);
            Assert.Equal(RoleStatus.Failed, results["444444444444"].Status);
            Assert.Equal(2, results["444444444444"].Changes.Count);
            Assert.StartsWith("role OSAccess: Create the role, trusting account 111111111111", results["444444444444"].Changes[1]);
            Assert.Equal(RoleStatus.Failed, results["333333333333"].Status);
            Assert.Empty(results["333333333333"].Changes);
            Assert.Equal(org.Members.Count - 2, results.Values.Count(r => r.Status == RoleStatus.Created));

            using (var iam = org.IamIn("444444444444"))
            {
                await iam.DeleteRolePolicyAsync("OrganizationAccountAccessRole", "NoAttach", None);
            }

            var rerun = org.Invoke(Publish.Replace("$members", "($members | Where-Object { $_ -ne '333333333333' })"));

            Assert.Empty(rerun.Errors);
            var after = rerun.Of<OSAccessRoleResult>().ToDictionary(r => r.AccountId);
            Assert.Equal(RoleStatus.Updated, after["444444444444"].Status);
            Assert.All(after.Values.Where(r => r.AccountId != "444444444444"), r => Assert.Equal(RoleStatus.Unchanged, r.Status));
        }

        [Fact]
        public void ARoleNotYetVisibleAfterItsCreationIsWaitedForAndReportedCreated()
        {
            // IAM's eventual consistency: for 2 s after CreateRole and CreatePolicy, what they created answers NoSuchEntity.
            org.Host.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.ConsistencyDelay, Service = "iam", Operation = "CreateRole", DelaySeconds = 2 });
            org.Host.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.ConsistencyDelay, Service = "iam", Operation = "CreatePolicy", DelaySeconds = 2 });

            var run = org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws");

            Assert.Empty(run.Errors);
            Assert.Equal(RoleStatus.Created, run.Of<OSAccessRoleResult>().Single().Status);
            Assert.Contains(org.Host.Emulator.Requests.Entries(), e => e.Operation == "AttachRolePolicy" && e.ErrorCode == "NoSuchEntity");
            Assert.Equal(2, org.Host.Emulator.Requests.Entries().Count(e => e.Operation == "AttachRolePolicy" && e.Status == 200));
        }

        [Fact]
        public void ThrottlingPastTheRetriesFailsThatAccountOnly()
        {
            org.Host.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Service = "iam", Operation = "CreateRole", Count = 5 });

            var run = org.Invoke("Publish-OSAccessRole 222222222222, 333333333333 -HubAccountId 111111111111 -ThrottleLimit 1 @aws");

            var error = Assert.Single(run.Errors);
            Assert.Equal("222222222222", error.TargetObject);
            Assert.Contains("kept throttling CreateRole", error.ErrorDetails.Message);
            Assert.Equal(RoleStatus.Created, run.Of<OSAccessRoleResult>().Single(r => r.AccountId == "333333333333").Status);
        }

        [Fact]
        public void AllSkipsTheManagementAccountAndSuspendedAccountsWithAWarning()
        {
            lock (org.Host.Emulator.World.Gate)
            {
                org.Host.Emulator.World.Organization!.Accounts["444444444444"].Status = "SUSPENDED";
            }

            var run = org.Invoke("Publish-OSAccessRole -All -HubAccountId 111111111111 @aws");

            Assert.Empty(run.Errors);
            Assert.Equal(org.Members.Where(a => a != "444444444444").OrderBy(a => a), run.Of<OSAccessRoleResult>().Select(r => r.AccountId).OrderBy(a => a));
            Assert.Contains(run.Warnings, w => w.StartsWith("Skipped the management account 111111111111: SCPs never apply to it"));
            Assert.Contains(run.Warnings, w => w.StartsWith("Skipped account 444444444444 (audit): it is SUSPENDED"));
        }

        [Theory]
        [InlineData("Publish-OSAccessRole 22222222222 -HubAccountId 111111111111 @aws", "is not an AWS account id")]
        [InlineData("Publish-OSAccessRole 999999999999 -HubAccountId 111111111111 @aws", "999999999999 is not an account of organization")]
        [InlineData("Publish-OSAccessRole 111111111111 -HubAccountId 111111111111 @aws", "111111111111 is the organization's management account")]
        [InlineData("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 -BasePolicy PowerUserAccess @aws", "PowerUserAccess")]
        [InlineData("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 -MaxSessionDuration 13:00 @aws", "from 1 hour to 12 hours")]
        [InlineData("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 -MaxSessionDuration 0:30 @aws", "from 1 hour to 12 hours")]
        [InlineData("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 -RoleName 'OS Access' @aws", "is not a valid IAM role name")]
        [InlineData("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 -CrossAccountRoleName 'role/Admin' @aws", "is not a valid IAM role name")]
        public void BadInputIsAClearErrorAndWritesNothing(string script, string message)
        {
            var run = org.Invoke(script);

            var error = Assert.Single(run.Errors);
            Assert.Contains(message, error.ErrorDetails?.Message ?? error.Exception.Message);
            Assert.Empty(org.Writes());
        }

        [Fact]
        public void WhatIfListsEachAccountsChangesAndWritesNothing()
        {
            var host = new Hosting.RecordingHost();

            var run = org.Invoke("Publish-OSAccessRole 222222222222, 333333333333 -HubAccountId 111111111111 @aws -WhatIf", host);

            Assert.Empty(run.Errors);
            Assert.Empty(run.Output);
            Assert.Empty(org.Writes());
            foreach (var account in new[] { "222222222222", "333333333333" })
            {
                Assert.Contains($"What if: Performing the operation \"Create the policy\" on target \"account {account}: policy OSAccessPolicy\".", host.Output);
                Assert.Contains($"on target \"account {account}: role OSAccess\".", host.Output);
            }
        }

        [Fact]
        public async Task ARevocationDenyIsKeptAndAnAllowUnderItsNameIsNot()
        {
            org.Invoke(Publish);
            using (var iam = org.IamIn(Prod))
            {
                var deny = Core.Grants.SessionDenyBuilder.Build("bob", DateTimeOffset.UtcNow);
                await iam.PutRolePolicyAsync("OSAccess", Core.Grants.SessionDenyBuilder.PolicyName("bob"), Core.Policy.PolicyJsonWriter.Write(deny), None);
                await iam.PutRolePolicyAsync("OSAccess", Core.Grants.SessionDenyBuilder.PolicyName("eve"),
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}", None);
            }

            var test = org.Invoke("Test-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws").Of<OSAccessRoleTestResult>().Single();
            var repaired = org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws").Of<OSAccessRoleResult>().Single();

            var finding = Assert.Single(test.Findings);
            Assert.Equal("OSAccessRole.InlinePolicyPresent", finding.Id);
            Assert.Contains("OSAccessRevoked-eve", finding.Message);
            Assert.Equal(new[] { "role OSAccess: Delete the inline policy OSAccessRevoked-eve" }, repaired.Changes);
            using (var iam = org.IamIn(Prod))
            {
                Assert.Equal(new[] { "OSAccessRevoked-bob" }, (await iam.ListRolePoliciesAsync("OSAccess", null, None)).Items);
            }
        }

        [Fact]
        public async Task ARoleSomeoneElseMadeIsLeftAloneUnlessForce()
        {
            using (var iam = org.IamIn(Prod))
            {
                await iam.CreateRoleAsync(new Aws.Iam.IamCreateRoleRequest
                {
                    RoleName = "OSAccess",
                    AssumeRolePolicyDocument = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}",
                }, None);
            }

            org.Host.Emulator.Requests.Clear();
            var refused = org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws");
            var error = Assert.Single(refused.Errors);
            Assert.Contains("-Force takes it over", error.ErrorDetails.Message);
            Assert.StartsWith("OSAccessNotManaged,", error.FullyQualifiedErrorId);
            Assert.Empty(org.Writes());
            var unpublished = org.Invoke("Unpublish-OSAccessRole 222222222222 @aws -Confirm:$false").Of<OSAccessRoleResult>().Single();
            Assert.Equal(RoleStatus.Skipped, unpublished.Status);

            var taken = org.Invoke("Publish-OSAccessRole 222222222222 -HubAccountId 111111111111 @aws -Force").Of<OSAccessRoleResult>().Single();
            Assert.Equal(RoleStatus.Updated, taken.Status);
            Assert.Equal("role OSAccess: Tag the role osaccess:managed-by=OsAccess (take it over)", taken.Changes[0]);
        }

        [Fact]
        public async Task UnpublishRemovesWhatOsAccessCreatedAndARerunFindsNothing()
        {
            org.Invoke("Publish-OSAccessRole 222222222222, 333333333333 -HubAccountId 111111111111 @aws");

            var removed = org.Invoke("Unpublish-OSAccessRole 222222222222, 333333333333 @aws -Confirm:$false").Of<OSAccessRoleResult>();

            Assert.All(removed, r => Assert.Equal(RoleStatus.Removed, r.Status));
            using var iam = org.IamIn(Prod);
            Assert.Equal("NoSuchEntity", (await Assert.ThrowsAsync<AwsServiceException>(() => iam.GetRoleAsync("OSAccess", None))).Code);
            Assert.Equal("NoSuchEntity", (await Assert.ThrowsAsync<AwsServiceException>(() => iam.GetPolicyAsync("arn:aws:iam::222222222222:policy/OSAccessPolicy", None))).Code);
            Assert.Equal("OrganizationAccountAccessRole", (await iam.GetRoleAsync("OrganizationAccountAccessRole", None)).RoleName);
            var again = org.Invoke("Unpublish-OSAccessRole 222222222222 @aws -Confirm:$false").Of<OSAccessRoleResult>().Single();
            Assert.Equal(RoleStatus.Skipped, again.Status);
        }
    }
}
