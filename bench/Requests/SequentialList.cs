using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Ssm;
using OsAccess.Core.Requests;

namespace RequestsBench;

/// <summary>
/// The named baseline: every request listed as AccessRequestStore.ListAsync did before its reads ran several at a time.
/// One DescribeOpsItems walk, then, for one request after another, GetOpsItem for the reason (null, with AWS's refusal,
/// where it is denied) and, while the request is undecided, ListTagsForResource for a withdrawal.
/// </summary>
internal static class SequentialList
{
    public static async Task<IReadOnlyList<AccessRequestRecord>> ListAsync(ISsmClient ssm, CancellationToken cancellationToken)
    {
        var filters = new List<SsmOpsItemFilter> { new SsmOpsItemFilter("Source", "Equal", AccessRequestFields.Source) };
        var items = await Pagination.AllAsync((token, ct) => ssm.DescribeOpsItemsAsync(filters, token, ct), cancellationToken);
        var records = new List<AccessRequestRecord>();
        foreach (var item in items)
        {
            string? reason = null, refused = null;
            try
            {
                reason = (await ssm.GetOpsItemAsync(item.OpsItemId, cancellationToken)).Description;
            }
            catch (AwsServiceException error) when (error.Code == "AccessDeniedException")
            {
                refused = error.Message;
            }
            var withdrawn = item.Status != "Resolved"
                && (await ssm.ListOpsItemTagsAsync(item.OpsItemId, cancellationToken)).Any(t => t.Key == AccessRequestFields.WithdrawnTag);
            var record = AccessRequestFields.Read(item.OpsItemId, item.Status, item.CreatedBy, item.CreatedTime, item.LastModifiedBy,
                item.OperationalData, reason, withdrawn, refused);
            if (record != null) records.Add(record);
        }
        return records.OrderByDescending(r => r.RequestedAt).ToList();
    }
}
