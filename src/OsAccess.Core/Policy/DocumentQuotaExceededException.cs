using System;
using System.Globalization;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Policy
{
    /// <summary>A built document AWS would refuse for its size: names the quota, how it counts, and what to do instead.</summary>
    public sealed class DocumentQuotaExceededException : Exception
    {
        public DocumentQuotaExceededException(BuiltPolicyDocument document, PolicySizeLimit quota, string advice)
            : base(Describe(document, quota) + " " + advice)
        {
            Document = document;
            Quota = quota;
            Advice = advice;
        }

        /// <summary>The document that was refused, for inspection; the cmdlets do not emit it.</summary>
        public BuiltPolicyDocument Document { get; }

        public PolicySizeLimit Quota { get; }

        /// <summary>What to do instead, for this document and this quota.</summary>
        public string Advice { get; }

        private static string Describe(BuiltPolicyDocument document, PolicySizeLimit quota)
        {
            var counted = quota.CountsWhitespace ? "white space included" : "white space not counted";
            var scope = quota.Type == PolicyType.UserInline || quota.Type == PolicyType.GroupInline || quota.Type == PolicyType.RoleInline
                ? $"for all of {PolicyTypeRules.Owner(quota.Type)} inline policies together"
                : $"for {PolicyTypeRules.Describe(quota.Type)}";
            var raised = quota.RaisableTo == null ? string.Empty : " even after a quota increase";
            return string.Format(CultureInfo.InvariantCulture,
                "{0} is {1:N0} characters ({2}), over the {3:N0} AWS allows {4}{5} (quota \"{6}\", {7}).",
                document.Name, document.Size, counted, quota.RaisableTo ?? quota.Limit, scope, raised, quota.QuotaName, quota.Source);
        }
    }
}
