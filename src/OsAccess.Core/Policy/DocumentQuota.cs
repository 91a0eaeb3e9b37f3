using System;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// The last check before a document leaves OsAccess: one over its type's quota (<see cref="PolicySizeLimits"/>; for
    /// a quota Service Quotas can raise, over the most it can be raised to) is refused, so nobody reviews, pipes or writes
    /// a document AWS would reject.
    /// </summary>
    public static class DocumentQuota
    {
        /// <summary>The document, or <see cref="DocumentQuotaExceededException"/> with <paramref name="advice"/>'s words when it is over its quota.</summary>
        /// <param name="advice">What to do instead; asked only for a document over its quota.</param>
        public static BuiltPolicyDocument Require(BuiltPolicyDocument document, Func<BuiltPolicyDocument, PolicySizeLimit, string> advice)
        {
            var quota = PolicySizeLimits.For(document.PolicyType);
            if (quota.Limit == null || document.Size <= (quota.RaisableTo ?? quota.Limit)) return document;
            throw new DocumentQuotaExceededException(document, quota, advice(document, quota));
        }
    }
}
