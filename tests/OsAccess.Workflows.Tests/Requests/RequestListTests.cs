using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Aws.Http;
using OsAccess.Aws.Ssm;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.Workflows.Requests;
using OsAccess.Workflows.Tests.Support;

namespace OsAccess.Workflows.Tests.Requests;

/// <summary>
/// Listing many requests, whose reasons and withdrawals are read several at a time: the same records in the same order as
/// reading them one at a time, reasons refused exactly where the caller's policy refuses them, and a failure or a
/// cancellation ending the list with no call left running.
/// </summary>
public class RequestListTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const int Count = 30;
    private static readonly CancellationToken None = CancellationToken.None;

    public RequestListTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private DateTimeOffset Now => Aws.Emulator.Clock.UtcNow;

    /// <summary>
    /// bob and erin (RequestWorld's requesters) ask in turn, a second apart, so that the newest first is the reverse
    /// of the order asked; some withdrawn by who asked, some approved or denied by carol.
    /// </summary>
    private async Task<(RequestWorld World, IReadOnlyList<AccessRequestRecord> Asked)> ManyAsync(int count)
    {
        var world = await RequestWorld.WithPeopleAsync(Aws);
        var clock = new EmulatorClock(Aws.Emulator.Clock);
        var asked = new List<AccessRequestRecord>();
        for (var i = 0; i < count; i++)
        {
            var user = i % 2 == 0 ? "bob" : "erin";
            var draft = new AccessRequestDraft
            {
                AccountIds = new[] { "222222222222" }, RoleName = "OSAccess", Window = AccessWindow.Create(Now, Now.AddHours(1)), Reason = $"INC-{i}: {user}'s reason",
            };
            asked.Add(await new AccessRequester(new AccessRequestStore(world.Ssm(user)), clock).SubmitAsync(draft, RequestWorld.Arn(user), None));
            Aws.Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        if (count < Count) return (world, asked);

        foreach (var i in new[] { 0, 7, 12 })
        {
            var user = asked[i].UserName;
            await new AccessRequester(new AccessRequestStore(world.Ssm(user)), clock).WithdrawAsync(asked[i].RequestId, RequestWorld.Arn(user), None);
        }
        var carol = new RequestDecider(new AccessRequestStore(world.Ssm("carol")), world.Iam("carol"), clock);
        foreach (var i in new[] { 2, 9 })
        {
            var (request, plan) = await carol.PlanApprovalAsync(asked[i].RequestId, RequestWorld.Arn("carol"), HubWorld.Hub, GrantRules.DefaultMaxDuration, None);
            await carol.ApproveAsync(request, plan, "ok", None);
        }
        foreach (var i in new[] { 4, 15 })
        {
            await carol.DenyAsync(await carol.PlanDenialAsync(asked[i].RequestId, RequestWorld.Arn("carol"), None), "not now", HubWorld.Hub, None);
        }
        return (world, asked);
    }

    private static Task<IReadOnlyList<AccessRequestRecord>> ListAsync(ISsmClient ssm, int readLimit = AccessRequestStore.DefaultReadLimit,
        CancellationToken cancellationToken = default) =>
        new AccessRequestStore(ssm, readLimit).ListAsync(new AccessRequestQuery(), cancellationToken);

    /// <summary>Everything a record holds, to compare two lists of them.</summary>
    private static string Fields(AccessRequestRecord r) =>
        $"{r.RequestId}|{r.UserName}|{r.RequesterArn}|{string.Join(",", r.AccountIds)}|{r.RoleName}|{r.Window.StartText}|{r.Window.EndText}|{r.Reason}|{r.ReasonRefused}|" +
        $"{r.RequestedAt:o}|{r.Decision}|{r.DecidedBy}|{r.DecidedAt:o}|{r.Comment}|{r.GrantId}|{r.Withdrawn}";

    [Fact]
    public async Task ThirtyRequestsListNewestFirstWithEveryReasonAndStatusAsReadOneAtATime()
    {
        var (world, asked) = await ManyAsync(Count);
        var newestFirst = asked.Reverse().ToList();
        Aws.Emulator.Requests.Clear();
        var listed = await ListAsync(world.Ssm("carol"));

        Assert.Equal(newestFirst.Select(r => r.RequestId), listed.Select(r => r.RequestId));
        Assert.Equal(newestFirst.Select(r => r.Reason), listed.Select(r => r.Reason));
        Assert.All(listed, r => Assert.Null(r.ReasonRefused));
        var status = listed.ToDictionary(r => r.RequestId, r => r.StatusAt(Now));
        Assert.Equal(new[] { 0, 7, 12 }.Select(i => AccessRequestStatus.Cancelled), new[] { 0, 7, 12 }.Select(i => status[asked[i].RequestId]));
        Assert.Equal(new[] { AccessRequestStatus.Approved, AccessRequestStatus.Approved, AccessRequestStatus.Denied, AccessRequestStatus.Denied },
            new[] { 2, 9, 4, 15 }.Select(i => status[asked[i].RequestId]));
        Assert.Equal(Count - 7, status.Values.Count(s => s == AccessRequestStatus.Pending));
        var calls = Aws.Emulator.Requests.Counts();
        Assert.Equal((1, Count, Count - 4), (calls["ssm:DescribeOpsItems"], calls["ssm:GetOpsItem"], calls["ssm:ListTagsForResource"]));

        var oneAtATime = await ListAsync(world.Ssm("carol"), readLimit: 1);
        Assert.Equal(oneAtATime.Select(Fields), listed.Select(Fields));
    }

    [Fact]
    public async Task ARequesterListingEveryoneGetsTheirOwnReasonsOnlyAndWhyNotTheOthers()
    {
        var (world, asked) = await ManyAsync(Count);
        var newestFirst = asked.Reverse().ToList();
        var listed = await ListAsync(world.Ssm("bob"));

        Assert.Equal(newestFirst.Select(r => r.RequestId), listed.Select(r => r.RequestId));
        Assert.Equal(newestFirst.Select(r => r.UserName == "bob" ? r.Reason : null), listed.Select(r => r.Reason));
        Assert.Equal(newestFirst.Where(r => r.UserName == "erin").Select(r => r.RequestId), listed.Where(r => r.ReasonRefused != null).Select(r => r.RequestId));
        Assert.All(listed.Where(r => r.ReasonRefused != null), r => Assert.Contains("ssm:GetOpsItem", r.ReasonRefused));
        var carols = await ListAsync(world.Ssm("carol"));
        Assert.Equal(carols.Select(r => (r.RequestId, r.StatusAt(Now))), listed.Select(r => (r.RequestId, r.StatusAt(Now))));
        Assert.Equal((await ListAsync(world.Ssm("bob"), readLimit: 1)).Select(Fields), listed.Select(Fields));
    }

    [Fact]
    public async Task AFailureOtherThanAccessDeniedOnOneReasonFailsTheListOnceTheOtherReadsHaveReturned()
    {
        var (world, asked) = await ManyAsync(12);
        using var ssm = new FailingFirstReason(world.Ssm("carol"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ListAsync(ssm));
        Assert.Equal(("GetOpsItem", "InternalServerError"), (error.Operation, error.Code));
        Assert.Equal(0, ssm.Running);
        Assert.True(ssm.Started < asked.Count, $"{ssm.Started} reads started of {asked.Count}: those not started when one failed are not made.");
    }

    [Fact]
    public async Task CancellingTheListStopsItsReadsAndEndsItWithNoneRunning()
    {
        var (world, _) = await ManyAsync(12);
        using var cancel = new CancellationTokenSource();
        using var ssm = new FailingFirstReason(world.Ssm("carol"), onFirst: cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ListAsync(ssm, cancellationToken: cancel.Token));
        Assert.Equal(0, ssm.Running);
    }

    /// <summary>
    /// SSM calls as given, except GetOpsItem: the first request DescribeOpsItems lists fails with InternalServerError (or,
    /// given onFirst, runs it and waits like the others), and every other one waits until the list is cancelled (30 s at most)
    /// and ends a moment later, so that the reads running when the first ends are still running. Counts the reads started and running.
    /// </summary>
    private sealed class FailingFirstReason : ForwardingSsmClient
    {
        private readonly Action? onFirst;
        private string? first;
        private int started;
        private int running;

        public FailingFirstReason(ISsmClient inner, Action? onFirst = null) : base(inner) => this.onFirst = onFirst;

        public int Started => Volatile.Read(ref started);

        public int Running => Volatile.Read(ref running);

        public override async Task<Page<SsmOpsItem>> DescribeOpsItemsAsync(IReadOnlyList<SsmOpsItemFilter> filters, string? nextToken, CancellationToken cancellationToken)
        {
            var page = await Inner.DescribeOpsItemsAsync(filters, nextToken, cancellationToken);
            first ??= page.Items.First().OpsItemId;
            return page;
        }

        public override async Task<SsmOpsItem> GetOpsItemAsync(string opsItemId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref started);
            Interlocked.Increment(ref running);
            try
            {
                if (opsItemId == first && onFirst == null)
                {
                    throw new AwsServiceException("SSM", "GetOpsItem", "InternalServerError", "We encountered an internal error. Please try again.", "req-1", System.Net.HttpStatusCode.InternalServerError);
                }
                if (opsItemId == first) onFirst!();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // As a call over the network does, it ends a moment after it is cancelled, not within the cancelling.
                    await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
                    throw;
                }
                return await Inner.GetOpsItemAsync(opsItemId, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }
    }
}
