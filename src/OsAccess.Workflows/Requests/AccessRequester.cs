using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.Requests;
using OsAccess.Core.Time;

namespace OsAccess.Workflows.Requests
{
    /// <summary>The requester's side: ask for access in one's own name, and withdraw one's own undecided request.</summary>
    public sealed class AccessRequester
    {
        private readonly AccessRequestStore store;
        private readonly IClock clock;

        public AccessRequester(AccessRequestStore store, IClock clock)
        {
            this.store = store;
            this.clock = clock;
        }

        /// <param name="callerArn">The caller, from GetCallerIdentity: an IAM user of the hub, whose name becomes the requester tag.</param>
        public async Task<AccessRequestRecord> SubmitAsync(AccessRequestDraft draft, string callerArn, CancellationToken cancellationToken)
        {
            if (PersonArn.Of(callerArn) is not { } person || !callerArn.Contains(":user/"))
            {
                throw new AccessRequestRefusedException(
                    $"Requests are made by IAM users of the hub, whose name the grant goes to; you are {callerArn}. Ask with your own hub user's credentials.");
            }
            var id = await store.CreateAsync(draft, person.Name, cancellationToken).ConfigureAwait(false);
            return await store.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        }

        public async Task<AccessRequestRecord> WithdrawAsync(string requestId, string callerArn, CancellationToken cancellationToken)
        {
            var request = await store.ReadAsync(requestId, cancellationToken).ConfigureAwait(false);
            if (!PersonArn.SamePerson(callerArn, request.RequesterArn))
            {
                throw new AccessRequestRefusedException($"Request {requestId} is {request.UserName}'s: only the person who asked can withdraw it (an approver denies it instead).");
            }
            var status = request.StatusAt(clock.UtcNow);
            if (status != AccessRequestStatus.Pending)
            {
                throw new AccessRequestRefusedException($"Request {requestId} is {status}, not Pending: only a request nobody has decided yet can be withdrawn.");
            }
            await store.WithdrawAsync(requestId, cancellationToken).ConfigureAwait(false);
            return await store.ReadAsync(requestId, cancellationToken).ConfigureAwait(false);
        }
    }
}
