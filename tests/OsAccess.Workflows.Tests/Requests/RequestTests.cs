using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Aws;
using OsAccess.Aws.Http;
using OsAccess.Aws.Ssm;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.Workflows.Requests;
using OsAccess.Workflows.Tests.Support;

namespace OsAccess.Workflows.Tests.Requests;

/// <summary>
/// Requests kept as OpsItems, decided by approvers, each person acting with their own keys and the policies of
/// docs/requests.md, against what LocalAws enforces on its clock.
/// </summary>
public class RequestTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    public RequestTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private DateTimeOffset Now => Aws.Emulator.Clock.UtcNow;

    private EmulatorClock Clock => new(Aws.Emulator.Clock);

    private Task<RequestWorld> WorldAsync() => RequestWorld.WithPeopleAsync(Aws);

    private AccessRequestDraft Draft(DateTimeOffset start, TimeSpan length, string reason = "INC-42: disk full on web-3", params string[] accounts) => new()
    {
        AccountIds = accounts.Length == 0 ? new[] { "222222222222" } : accounts, RoleName = "OSAccess",
        Window = AccessWindow.Create(start, start + length), Reason = reason,
    };

    private Task<AccessRequestRecord> AskAsync(RequestWorld world, string user, AccessRequestDraft draft) =>
        new AccessRequester(new AccessRequestStore(world.Ssm(user)), Clock).SubmitAsync(draft, RequestWorld.Arn(user), None);

    private RequestDecider Decider(RequestWorld world, string user) => new(new AccessRequestStore(world.Ssm(user)), world.Iam(user), Clock);

    private async Task<AccessRequestRecord> ApproveAsync(RequestWorld world, string approver, string requestId, TimeSpan? max = null)
    {
        var decider = Decider(world, approver);
        var (request, plan) = await decider.PlanApprovalAsync(requestId, RequestWorld.Arn(approver), HubWorld.Hub, max ?? GrantRules.DefaultMaxDuration, None);
        return await decider.ApproveAsync(request, plan, "ok", None);
    }

    private Task<IReadOnlyList<AccessRequestRecord>> ListAsync(RequestWorld world, string user, AccessRequestQuery? query = null) =>
        new AccessRequestStore(world.Ssm(user)).ListAsync(query ?? new AccessRequestQuery(), None);

    private async Task<int> GrantPoliciesAsync(string user) =>
        (await Aws.Admin.Iam("ListPolicies", ("Scope", "Local"), ("PathPrefix", GrantPolicyName.PathFor(user)))).All("PolicyName").Length;

    [Fact]
    public async Task ARequesterAsksAnApproverApprovesAndTheRequesterGetsInOnlyInsideTheWindow()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now.AddHours(1), TimeSpan.FromHours(2)));
        Assert.Equal("bob", asked.UserName);
        Assert.Equal(RequestWorld.Arn("bob"), asked.RequesterArn);
        Assert.Equal(AccessRequestStatus.Pending, asked.StatusAt(Now));
        Assert.Equal("INC-42: disk full on web-3", asked.Reason);

        var pending = await ListAsync(world, "carol", new AccessRequestQuery { OpenOnly = true });
        var listed = Assert.Single(pending);
        Assert.Equal((asked.RequestId, "INC-42: disk full on web-3"), (listed.RequestId, listed.Reason));

        var approved = await ApproveAsync(world, "carol", asked.RequestId);
        Assert.Equal(AccessRequestStatus.Approved, approved.StatusAt(Now));
        Assert.Equal(RequestWorld.Arn("carol"), approved.DecidedBy);
        Assert.Equal((asked.RequestId, "ok"), (approved.GrantId, approved.Comment));
        Assert.NotNull(approved.DecidedAt);

        Assert.False(await world.Hub.CanAssumeAsync("bob", "222222222222"));
        Aws.Emulator.Clock.Set(asked.Window.Start.AddSeconds(1));
        Assert.True(await world.Hub.CanAssumeAsync("bob", "222222222222"));
        Assert.False(await world.Hub.CanAssumeAsync("bob", "333333333333"));
        Aws.Emulator.Clock.Set(asked.Window.End.AddSeconds(1));
        Assert.False(await world.Hub.CanAssumeAsync("bob", "222222222222"));

        var history = await ListAsync(world, "carol");
        Assert.Equal(AccessRequestStatus.Approved, Assert.Single(history).StatusAt(Now));
    }

    [Fact]
    public async Task ADeniedRequestGivesNoAccessAndCannotBeApprovedAfter()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1)));
        var decider = Decider(world, "carol");
        var denied = await decider.DenyAsync(await decider.PlanDenialAsync(asked.RequestId, RequestWorld.Arn("carol"), None), "not this week", HubWorld.Hub, None);
        Assert.Equal((AccessRequestStatus.Denied, "not this week", RequestWorld.Arn("carol")), (denied.StatusAt(Now), denied.Comment, denied.DecidedBy));
        Assert.Null(denied.GrantId);
        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await world.Hub.CanAssumeAsync("bob", "222222222222"));

        var again = await Assert.ThrowsAsync<AccessRequestRefusedException>(() => ApproveAsync(world, "dave", asked.RequestId));
        Assert.Contains("already denied by arn:aws:iam::111111111111:user/carol", again.Message);
        Assert.Equal(0, await GrantPoliciesAsync("bob"));
    }

    [Fact]
    public async Task ADenialOfARequestApprovedSinceItWasReadIsRefusedAndTheGrantStays()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1)));
        var dave = Decider(world, "dave");
        var read = await dave.PlanDenialAsync(asked.RequestId, RequestWorld.Arn("dave"), None);
        await ApproveAsync(world, "carol", asked.RequestId);

        var refused = await Assert.ThrowsAsync<AccessRequestRefusedException>(() => dave.DenyAsync(read, "no", HubWorld.Hub, None));
        Assert.StartsWith($"Request {asked.RequestId} is already approved by arn:aws:iam::111111111111:user/carol at ", refused.Message);
        Assert.Contains($"Get-OSAccessGrant -GrantId {asked.RequestId} | Revoke-OSAccess", refused.Message);
        Assert.Equal(AccessRequestStatus.Approved, Assert.Single(await ListAsync(world, "carol")).StatusAt(Now));
        Aws.Emulator.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await world.Hub.CanAssumeAsync("bob", "222222222222"));
    }

    [Fact]
    public async Task ADenialWrittenAsAnApprovalMadeItsGrantSaysTheGrantGivesAccess()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1)));
        // carol approves in full just before dave's denial is written: both read the request while it was pending.
        var ssm = new BeforeUpdate(world.Ssm("dave"), () => ApproveAsync(world, "carol", asked.RequestId));
        var dave = new RequestDecider(new AccessRequestStore(ssm), world.Iam("dave"), Clock);
        var read = await dave.PlanDenialAsync(asked.RequestId, RequestWorld.Arn("dave"), None);

        var refused = await Assert.ThrowsAsync<AccessRequestRefusedException>(() => dave.DenyAsync(read, "no", HubWorld.Hub, None));
        Assert.StartsWith($"Request {asked.RequestId} was approved by arn:aws:iam::111111111111:user/carol at ", refused.Message);
        Assert.Contains($"its grant {asked.RequestId} gives bob access until {read.Window.EndText}", refused.Message);
        Assert.Equal(1, await GrantPoliciesAsync("bob"));
    }

    /// <summary>SSM calls as given, with something done just before the first UpdateOpsItem.</summary>
    private sealed class BeforeUpdate : ForwardingSsmClient
    {
        private Func<Task>? before;

        public BeforeUpdate(ISsmClient inner, Func<Task> before) : base(inner) => this.before = before;

        public override async Task UpdateOpsItemAsync(string opsItemId, string? status, IReadOnlyDictionary<string, string> operationalData, CancellationToken cancellationToken)
        {
            var first = before;
            before = null;
            if (first != null) await first();
            await Inner.UpdateOpsItemAsync(opsItemId, status, operationalData, cancellationToken);
        }
    }

    [Fact]
    public async Task APersonCannotApproveTheirOwnRequest()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "dave", Draft(Now, TimeSpan.FromHours(1)));
        var refused = await Assert.ThrowsAsync<AccessRequestRefusedException>(() => ApproveAsync(world, "dave", asked.RequestId));
        Assert.Contains("is your own", refused.Message);
        Assert.True(PersonArn.SamePerson("arn:aws:sts::111111111111:assumed-role/Admin/dave", asked.RequesterArn));
        Assert.Equal(0, await GrantPoliciesAsync("dave"));
        Assert.Equal(AccessRequestStatus.Pending, Assert.Single(await ListAsync(world, "carol")).StatusAt(Now));
    }

    [Fact]
    public async Task TwoApproversApprovingAtOnceMakeExactlyOneGrant()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1)));
        var carol = Decider(world, "carol");
        var dave = Decider(world, "dave");
        var carolPlan = await carol.PlanApprovalAsync(asked.RequestId, RequestWorld.Arn("carol"), HubWorld.Hub, GrantRules.DefaultMaxDuration, None);
        var davePlan = await dave.PlanApprovalAsync(asked.RequestId, RequestWorld.Arn("dave"), HubWorld.Hub, GrantRules.DefaultMaxDuration, None);

        var outcomes = await Task.WhenAll(
            Outcome(() => carol.ApproveAsync(carolPlan.Request, carolPlan.Grant, null, None)),
            Outcome(() => dave.ApproveAsync(davePlan.Request, davePlan.Grant, null, None)));

        Assert.Single(outcomes, o => o.Approved != null);
        var loser = Assert.Single(outcomes, o => o.Refused != null).Refused!;
        Assert.Matches("already approved by arn:aws:iam::111111111111:user/(carol|dave) at", loser.Message);
        Assert.Equal(1, await GrantPoliciesAsync("bob"));
        var winner = outcomes.Single(o => o.Approved != null).Approved!;
        Assert.Contains(winner.DecidedBy!, loser.Message);
    }

    private static async Task<(AccessRequestRecord? Approved, AccessRequestRefusedException? Refused)> Outcome(Func<Task<AccessRequestRecord>> approve)
    {
        try
        {
            return (await approve(), null);
        }
        catch (AccessRequestRefusedException refused)
        {
            return (null, refused);
        }
    }

    [Fact]
    public async Task ARequesterCannotDecideAnyRequestNorTagOneAsSomeoneElses()
    {
        var world = await WorldAsync();
        var own = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1)));
        var others = await AskAsync(world, "erin", Draft(Now, TimeSpan.FromHours(1)));
        using var ssm = world.Ssm("bob");
        foreach (var id in new[] { own.RequestId, others.RequestId })
        {
            var update = await Assert.ThrowsAsync<AwsServiceException>(() =>
                ssm.UpdateOpsItemAsync(id, "Resolved", AccessRequestFields.Decided(AccessRequestDecision.Approved, Now, null, id), None));
            Assert.Equal("AccessDeniedException", update.Code);
        }
        var retag = await Assert.ThrowsAsync<AwsServiceException>(() =>
            ssm.AddOpsItemTagsAsync(others.RequestId, new[] { new AwsTag(AccessRequestFields.RequesterTag, "bob") }, None));
        Assert.Equal("AccessDeniedException", retag.Code);
        var withdrawOthers = await Assert.ThrowsAsync<AwsServiceException>(() => new AccessRequestStore(ssm).WithdrawAsync(others.RequestId, None));
        Assert.Equal("AccessDeniedException", withdrawOthers.Code);

        // Through the approval workflow: bob's policies let him read his request but not write a grant or decide.
        var viaWorkflow = await Assert.ThrowsAnyAsync<Exception>(() => ApproveAsync(world, "bob", others.RequestId));
        Assert.False(viaWorkflow is AccessRequestRefusedException, viaWorkflow.Message);
        Assert.Equal(0, await GrantPoliciesAsync("erin"));
        Assert.All(await ListAsync(world, "carol"), r => Assert.Equal(AccessRequestStatus.Pending, r.StatusAt(Now)));
    }

    [Fact]
    public async Task ARequesterCannotAskInSomeoneElsesName()
    {
        var world = await WorldAsync();
        using var ssm = world.Ssm("bob");
        foreach (var tags in new[] { new[] { new AwsTag(AccessRequestFields.RequesterTag, "erin") }, new AwsTag[0] })
        {
            var refused = await Assert.ThrowsAsync<AwsServiceException>(() => ssm.CreateOpsItemAsync(new SsmOpsItemInput
            {
                Title = "t", Description = "d", Source = AccessRequestFields.Source, Tags = tags,
                OperationalData = AccessRequestFields.Request(new[] { "222222222222" }, "OSAccess", AccessWindow.Create(Now, Now.AddHours(1))),
            }, None));
            Assert.Equal("AccessDeniedException", refused.Code);
        }
        Assert.Empty(await ListAsync(world, "carol"));
    }

    [Fact]
    public async Task ARequesterReadsOnlyTheirOwnReasons()
    {
        var world = await WorldAsync();
        var own = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1), "mine"));
        var others = await AskAsync(world, "erin", Draft(Now, TimeSpan.FromHours(1), "erin's secret"));
        var seen = await ListAsync(world, "bob");
        Assert.Equal(2, seen.Count);
        Assert.Equal("mine", seen.Single(r => r.RequestId == own.RequestId).Reason);
        var theirs = seen.Single(r => r.RequestId == others.RequestId);
        Assert.Null(theirs.Reason);
        Assert.Equal("erin", theirs.UserName);
        using var ssm = world.Ssm("bob");
        var read = await Assert.ThrowsAsync<AwsServiceException>(() => ssm.GetOpsItemAsync(others.RequestId, None));
        Assert.Equal("AccessDeniedException", read.Code);
        Assert.Equal("erin's secret", (await ListAsync(world, "carol")).Single(r => r.RequestId == others.RequestId).Reason);
        Assert.Equal(new[] { own.RequestId }, (await ListAsync(world, "bob", new AccessRequestQuery { RequesterArn = RequestWorld.Arn("bob") })).Select(r => r.RequestId));
    }

    [Fact]
    public async Task AWithdrawnRequestCannotBeApproved()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1)));
        var erin = new AccessRequester(new AccessRequestStore(world.Ssm("erin")), Clock);
        var notTheirs = await Assert.ThrowsAsync<AwsServiceException>(() => erin.WithdrawAsync(asked.RequestId, RequestWorld.Arn("erin"), None));
        Assert.Equal("AccessDeniedException", notTheirs.Code);
        var carol = new AccessRequester(new AccessRequestStore(world.Ssm("carol")), Clock);
        var approverToo = await Assert.ThrowsAsync<AccessRequestRefusedException>(() => carol.WithdrawAsync(asked.RequestId, RequestWorld.Arn("carol"), None));
        Assert.Contains("only the person who asked", approverToo.Message);
        var withdrawn = await new AccessRequester(new AccessRequestStore(world.Ssm("bob")), Clock).WithdrawAsync(asked.RequestId, RequestWorld.Arn("bob"), None);
        Assert.Equal(AccessRequestStatus.Cancelled, withdrawn.StatusAt(Now));
        var refused = await Assert.ThrowsAsync<AccessRequestRefusedException>(() => ApproveAsync(world, "carol", asked.RequestId));
        Assert.Contains("withdrawn by bob", refused.Message);
        Assert.Equal(0, await GrantPoliciesAsync("bob"));
    }

    [Fact]
    public async Task AnExpiredRequestIsRefusedAndOneWhoseStartPassedIsGrantedFromNow()
    {
        var world = await WorldAsync();
        var late = await AskAsync(world, "bob", Draft(Now.AddMinutes(10), TimeSpan.FromHours(1)));
        var lost = await AskAsync(world, "erin", Draft(Now.AddMinutes(10), TimeSpan.FromMinutes(20)));
        Aws.Emulator.Clock.Set(late.Window.Start.AddMinutes(30));
        Aws.Emulator.Requests.Clear();

        var expired = await Assert.ThrowsAsync<AccessRequestRefusedException>(() => ApproveAsync(world, "carol", lost.RequestId));
        Assert.Contains("window ended at", expired.Message);
        Assert.Equal(0, world.Hub.Writes());
        Assert.Equal(AccessRequestStatus.Expired, (await ListAsync(world, "carol", new AccessRequestQuery { RequestId = lost.RequestId })).Single().StatusAt(Now));

        var approved = await ApproveAsync(world, "carol", late.RequestId);
        var grant = Assert.Single((await OsAccess.Workflows.Grants.GrantReader.ReadAsync(world.Hub.Iam(), None)).Grants);
        Assert.Equal(late.RequestId, grant.GrantId);
        Assert.Equal(late.Window.End, grant.Window.End);
        Assert.True(grant.Window.Start > late.Window.Start);
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await world.Hub.CanAssumeAsync("bob", "222222222222"));
        Assert.Equal(AccessRequestStatus.Approved, approved.StatusAt(Now));
    }

    [Fact]
    public async Task AnApprovalOverTheMaximumIsRefusedWithNothingWritten()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(6)));
        Aws.Emulator.Requests.Clear();
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => ApproveAsync(world, "carol", asked.RequestId, TimeSpan.FromHours(4)));
        Assert.Equal("MaxDuration", refused.ParamName);
        Assert.Equal(0, world.Hub.Writes());
        Assert.False(Aws.Emulator.Requests.Counts().ContainsKey("ssm:UpdateOpsItem"));
    }

    [Fact]
    public async Task AnAdministratorWithAdministratorAccessApproves()
    {
        var world = await WorldAsync();
        var asked = await AskAsync(world, "bob", Draft(Now, TimeSpan.FromHours(1)));
        var approved = await ApproveAsync(world, "admin", asked.RequestId);
        Assert.Equal((AccessRequestStatus.Approved, RequestWorld.Arn("admin")), (approved.StatusAt(Now), approved.DecidedBy));
        Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await world.Hub.CanAssumeAsync("bob", "222222222222"));
    }
}
