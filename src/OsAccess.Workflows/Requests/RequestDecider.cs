using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.Core.Time;
using OsAccess.Workflows.Grants;

namespace OsAccess.Workflows.Requests
{
    /// <summary>
    /// The approver's side (docs/requests.md). An approval makes the grant through <see cref="GrantWriter"/>, as Grant-OSAccess
    /// does, with the request's id as the grant's: the grant's policy name is then the same for everyone approving the same
    /// request, and IAM's CreatePolicy lets only one of them create it. Only then is the request marked approved.
    /// </summary>
    public sealed class RequestDecider
    {
        private readonly AccessRequestStore store;
        private readonly IIamClient iam;
        private readonly IClock clock;

        public RequestDecider(AccessRequestStore store, IIamClient iam, IClock clock)
        {
            this.store = store;
            this.iam = iam;
            this.clock = clock;
        }

        /// <summary>
        /// Reads the request and checks it can be approved by this caller; plans its grant (the window from now when its start
        /// has passed). Nothing is written.
        /// </summary>
        public async Task<(AccessRequestRecord Request, GrantPlan Grant)> PlanApprovalAsync(string requestId, string approverArn, string hubAccountId,
            TimeSpan maxDuration, CancellationToken cancellationToken)
        {
            var request = await DecidableAsync(requestId, approverArn, "approve", cancellationToken).ConfigureAwait(false);
            var now = clock.UtcNow;
            var second = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            var start = request.Window.Start > second ? request.Window.Start : second;
            var window = GrantRules.Check(GrantWindow.Between(start, request.Window.End, now), now, maxDuration, "MaxDuration");
            var grant = new GrantRequest
            {
                UserName = request.UserName, AccountIds = request.AccountIds, RoleName = request.RoleName, Window = window,
                Reason = request.Reason, GrantId = request.RequestId,
            };
            var plan = await new GrantWriter(iam, clock).PlanAsync(grant, hubAccountId, approverArn, cancellationToken).ConfigureAwait(false);
            return (request, plan);
        }

        /// <summary>Makes the grant and records the approval. A second approver of the same request gets an AccessRequestRefusedException.</summary>
        public async Task<AccessRequestRecord> ApproveAsync(AccessRequestRecord request, GrantPlan plan, string? comment, CancellationToken cancellationToken)
        {
            GrantRecord grant;
            try
            {
                grant = await new GrantWriter(iam, clock).ApplyAsync(plan, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "EntityAlreadyExists")
            {
                var by = await ApprovedByAsync(plan.Record.PolicyArn, cancellationToken).ConfigureAwait(false) ?? "another approver";
                if (by.StartsWith(plan.Record.GrantedBy + " ", StringComparison.Ordinal))
                {
                    // This caller made the grant before and could not record it then: record it now.
                    await store.RecordDecisionAsync(request.RequestId, AccessRequestDecision.Approved, clock.UtcNow, comment, request.RequestId, cancellationToken)
                        .ConfigureAwait(false);
                    return await store.ReadAsync(request.RequestId, cancellationToken).ConfigureAwait(false);
                }
                throw new AccessRequestRefusedException($"Request {request.RequestId} is already approved by {by}: its grant {request.RequestId} exists, and no second one was made.", error);
            }
            await store.RecordDecisionAsync(request.RequestId, AccessRequestDecision.Approved, clock.UtcNow, comment, grant.GrantId, cancellationToken)
                .ConfigureAwait(false);
            return await store.ReadAsync(request.RequestId, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Reads the request and checks this caller may deny it. Nothing is written.</summary>
        public Task<AccessRequestRecord> PlanDenialAsync(string requestId, string approverArn, CancellationToken cancellationToken) =>
            DecidableAsync(requestId, approverArn, "deny", cancellationToken);

        /// <summary>
        /// Records the denial, unless the request's grant exists: then someone approved it since it was read, and the denial
        /// is refused. The grant is looked for again once the denial is written, since an approval that made its grant
        /// meanwhile would leave a request that reads Denied and a person who has access; that is an
        /// <see cref="AccessRequestRefusedException"/> naming the grant to revoke.
        /// </summary>
        /// <param name="hubAccountId">The hub, where the request's grant would be.</param>
        public async Task<AccessRequestRecord> DenyAsync(AccessRequestRecord request, string comment, string hubAccountId, CancellationToken cancellationToken)
        {
            var grant = GrantPolicyName.Arn(hubAccountId, request.UserName, request.Window.End, request.RequestId);
            if (await ApprovedByAsync(grant, cancellationToken).ConfigureAwait(false) is { } before)
            {
                throw new AccessRequestRefusedException(
                    $"Request {request.RequestId} is already approved by {before}: its grant {request.RequestId} exists, and a denial would not take it away. " +
                    $"To end {request.UserName}'s access, revoke the grant: Get-OSAccessGrant -GrantId {request.RequestId} | Revoke-OSAccess.");
            }
            await store.RecordDecisionAsync(request.RequestId, AccessRequestDecision.Denied, clock.UtcNow, comment, null, cancellationToken).ConfigureAwait(false);
            if (await ApprovedByAsync(grant, cancellationToken).ConfigureAwait(false) is { } meanwhile)
            {
                throw new AccessRequestRefusedException(
                    $"Request {request.RequestId} was approved by {meanwhile} as you denied it: it may read Denied, but its grant {request.RequestId} " +
                    $"gives {request.UserName} access until {request.Window.EndText}. Revoke it: Get-OSAccessGrant -GrantId {request.RequestId} | Revoke-OSAccess.");
            }
            return await store.ReadAsync(request.RequestId, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Who made the grant policy and when (<c>arn at time</c>), from its description; null when it does not exist.</summary>
        private async Task<string?> ApprovedByAsync(string policyArn, CancellationToken cancellationToken)
        {
            try
            {
                var existing = await iam.GetPolicyAsync(policyArn, cancellationToken).ConfigureAwait(false);
                return GrantDescription.TryParse(existing.Description, out var grantedBy, out var grantedAt, out _)
                    ? $"{grantedBy} at {AccessWindow.Format(grantedAt)}" : "another approver";
            }
            catch (AwsServiceException error) when (error.Code == "NoSuchEntity")
            {
                return null;
            }
        }

        private async Task<AccessRequestRecord> DecidableAsync(string requestId, string approverArn, string verb, CancellationToken cancellationToken)
        {
            var request = await store.ReadAsync(requestId, cancellationToken).ConfigureAwait(false);
            var now = clock.UtcNow;
            switch (request.StatusAt(now))
            {
                case AccessRequestStatus.Approved:
                case AccessRequestStatus.Denied:
                    throw new AccessRequestRefusedException(
                        $"Request {requestId} is already {request.StatusAt(now).ToString().ToLowerInvariant()} by {request.DecidedBy} at {Show(request.DecidedAt)}: a decided request is not decided again.");
                case AccessRequestStatus.Cancelled:
                    throw new AccessRequestRefusedException($"Request {requestId} was withdrawn by {request.UserName}: there is nothing to {verb}.");
                case AccessRequestStatus.Expired:
                    throw new AccessRequestRefusedException(
                        $"Request {requestId}'s window ended at {request.Window.EndText} (it is now {AccessWindow.Format(now)}): there is nothing to {verb}; {request.UserName} can ask again.");
            }
            if (PersonArn.SamePerson(approverArn, request.RequesterArn))
            {
                throw new AccessRequestRefusedException(
                    $"Request {requestId} is your own ({request.RequesterArn}; you are {approverArn}): another approver must decide it" +
                    (verb == "deny" ? ", or withdraw it with Stop-OSAccessRequest." : "."));
            }
            return request;
        }

        private static string Show(DateTimeOffset? instant) => instant is DateTimeOffset i ? AccessWindow.Format(i) : "an unknown time";
    }
}
