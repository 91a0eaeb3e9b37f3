using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws;
using OsAccess.Aws.Http;
using OsAccess.Aws.Ssm;
using OsAccess.Core.FanOut;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;

namespace OsAccess.Workflows.Requests
{
    /// <summary>
    /// Requests kept as OpsCenter OpsItems in the hub (docs/requests.md): CreateOpsItem with the requester tag, GetOpsItem for
    /// the reason, DescribeOpsItems for lists, ListTagsForResource for a withdrawal, UpdateOpsItem for a decision.
    /// </summary>
    public sealed class AccessRequestStore
    {
        /// <summary>How many requests a list reads at once (their reason and withdrawal) when nobody chooses: -ThrottleLimit's default.</summary>
        public const int DefaultReadLimit = AccountFanOut.DefaultThrottleLimit;

        private readonly ISsmClient ssm;
        private readonly int readLimit;

        /// <param name="readLimit">The most requests whose reason and withdrawal <see cref="ListAsync"/> reads at once.</param>
        public AccessRequestStore(ISsmClient ssm, int readLimit = DefaultReadLimit)
        {
            if (readLimit < 1) throw new ArgumentOutOfRangeException(nameof(readLimit), readLimit, "At least one request must be read at a time.");
            this.ssm = ssm;
            this.readLimit = readLimit;
        }

        /// <param name="userName">The caller's IAM user name: the requester tag, which the requester's policy demands equals aws:username.</param>
        public Task<string> CreateAsync(AccessRequestDraft draft, string userName, CancellationToken cancellationToken) =>
            ssm.CreateOpsItemAsync(new SsmOpsItemInput
            {
                Title = AccessRequestFields.Title(draft.AccountIds),
                Description = draft.Reason,
                Source = AccessRequestFields.Source,
                Category = AccessRequestFields.Category,
                OperationalData = AccessRequestFields.Request(draft.AccountIds, draft.RoleName, draft.Window),
                Tags = new[] { new AwsTag(AccessRequestFields.RequesterTag, userName) },
            }, cancellationToken);

        /// <summary>The request with its reason; an id that is no request is an ArgumentException naming RequestId.</summary>
        public async Task<AccessRequestRecord> ReadAsync(string requestId, CancellationToken cancellationToken)
        {
            SsmOpsItem item;
            try
            {
                item = await ssm.GetOpsItemAsync(requestId, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "OpsItemNotFoundException")
            {
                throw NoSuchRequest(requestId, error);
            }
            var withdrawn = item.Status != "Resolved" && await WithdrawnAsync(requestId, cancellationToken).ConfigureAwait(false);
            return AccessRequestFields.Read(item.OpsItemId, item.Status, item.CreatedBy, item.CreatedTime, item.LastModifiedBy,
                item.OperationalData, item.Description, withdrawn) ?? throw NoSuchRequest(requestId, null);
        }

        /// <summary>
        /// The requests the query names, newest first: one DescribeOpsItems walk, then for each a GetOpsItem for its reason
        /// (left null where the caller's policy refuses it, with AWS's refusal in ReasonRefused) and, while it is undecided, ListTagsForResource for a withdrawal,
        /// up to the read limit's requests at a time. Any other failure fails the list, once the calls in flight have returned.
        /// </summary>
        public async Task<IReadOnlyList<AccessRequestRecord>> ListAsync(AccessRequestQuery query, CancellationToken cancellationToken)
        {
            var filters = new List<SsmOpsItemFilter> { new SsmOpsItemFilter("Source", "Equal", AccessRequestFields.Source) };
            if (query.OpenOnly) filters.Add(new SsmOpsItemFilter("Status", "Equal", "Open"));
            if (query.RequestId != null) filters.Add(new SsmOpsItemFilter("OpsItemId", "Equal", query.RequestId));
            if (query.Since is DateTimeOffset since) filters.Add(new SsmOpsItemFilter("CreatedTime", "GreaterThan", AccessWindow.Format(since)));
            var items = await Pagination.AllAsync((token, ct) => ssm.DescribeOpsItemsAsync(filters, token, ct), cancellationToken).ConfigureAwait(false);
            var wanted = items.Where(i => query.RequesterArn == null || i.CreatedBy == query.RequesterArn).ToList();
            var details = await ReadEachAsync(wanted, cancellationToken).ConfigureAwait(false);
            var records = new List<AccessRequestRecord>();
            for (var i = 0; i < wanted.Count; i++)
            {
                var item = wanted[i];
                var record = AccessRequestFields.Read(item.OpsItemId, item.Status, item.CreatedBy, item.CreatedTime, item.LastModifiedBy,
                    item.OperationalData, details[i].Reason, details[i].Withdrawn, details[i].Refused);
                if (record != null) records.Add(record);
            }
            return records.OrderByDescending(r => r.RequestedAt).ToList();
        }

        public Task WithdrawAsync(string requestId, CancellationToken cancellationToken) =>
            ssm.AddOpsItemTagsAsync(requestId, new[] { new AwsTag(AccessRequestFields.WithdrawnTag, "true") }, cancellationToken);

        public Task RecordDecisionAsync(string requestId, AccessRequestDecision decision, DateTimeOffset decidedAt, string? comment, string? grantId,
            CancellationToken cancellationToken) =>
            ssm.UpdateOpsItemAsync(requestId, "Resolved", AccessRequestFields.Decided(decision, decidedAt, comment, grantId), cancellationToken);

        /// <summary>
        /// Each item's reason and withdrawal, in the items' order, through the fan-out engine, <see cref="readLimit"/> at a time.
        /// The first failure stops the reads not started and is thrown once those running have returned.
        /// </summary>
        private async Task<RequestDetails[]> ReadEachAsync(IReadOnlyList<SsmOpsItem> items, CancellationToken cancellationToken)
        {
            var details = new RequestDetails[items.Count];
            using var fanOut = new AccountFanOut<RequestDetails>(readLimit, cancellationToken);
            for (var i = 0; i < items.Count; i++)
            {
                var index = i;
                fanOut.Post(items[i].OpsItemId, (id, ct) => DetailsAsync(index, items[index], ct));
            }
            fanOut.Complete();
            Exception? failure = null;
            // Read to the end even after a failure or a cancellation, so that no call is still running when the caller disposes the client.
            await Task.Run(() =>
            {
                foreach (var next in fanOut.ReadAll())
                {
                    if (next.Result == null) continue;
                    if (next.Result.Succeeded) details[next.Result.Value.Index] = next.Result.Value;
                    else if (failure == null)
                    {
                        failure = next.Result.Error;
                        fanOut.Dispose();
                    }
                }
            }, CancellationToken.None).ConfigureAwait(false);
            if (failure != null) ExceptionDispatchInfo.Capture(failure).Throw();
            cancellationToken.ThrowIfCancellationRequested();
            return details;
        }

        private async Task<RequestDetails> DetailsAsync(int index, SsmOpsItem item, CancellationToken cancellationToken)
        {
            var (reason, refused) = await ReasonAsync(item.OpsItemId, cancellationToken).ConfigureAwait(false);
            var withdrawn = item.Status != "Resolved" && await WithdrawnAsync(item.OpsItemId, cancellationToken).ConfigureAwait(false);
            return new RequestDetails(index, reason, refused, withdrawn);
        }

        private async Task<(string? Reason, string? Refused)> ReasonAsync(string requestId, CancellationToken cancellationToken)
        {
            try
            {
                return ((await ssm.GetOpsItemAsync(requestId, cancellationToken).ConfigureAwait(false)).Description, null);
            }
            catch (AwsServiceException error) when (error.Code == "AccessDeniedException")
            {
                return (null, error.Message);
            }
        }

        private async Task<bool> WithdrawnAsync(string requestId, CancellationToken cancellationToken)
        {
            var tags = await ssm.ListOpsItemTagsAsync(requestId, cancellationToken).ConfigureAwait(false);
            return tags.Any(t => t.Key == AccessRequestFields.WithdrawnTag);
        }

        private static ArgumentException NoSuchRequest(string requestId, Exception? inner) =>
            new ArgumentException($"The hub holds no OsAccess request {requestId}: give the RequestId of one Get-OSAccessRequest lists.", "RequestId", inner);

        /// <summary>What one request's reads gave: its reason, or why AWS refused it, and whether it was withdrawn.</summary>
        private readonly struct RequestDetails
        {
            public RequestDetails(int index, string? reason, string? refused, bool withdrawn)
            {
                Index = index;
                Reason = reason;
                Refused = refused;
                Withdrawn = withdrawn;
            }

            public int Index { get; }

            public string? Reason { get; }

            public string? Refused { get; }

            public bool Withdrawn { get; }
        }
    }
}
