using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsAccess.Core.Grants;

namespace OsAccess.Core.Requests
{
    /// <summary>
    /// How a request is written into an OpsItem (docs/requests.md). The reason is only the Description, which GetOpsItem
    /// answers and DescribeOpsItems does not; everything else is searchable operational data, which both answer. The tag
    /// <see cref="RequesterTag"/> (the requester's user name, demanded by the requester's policy at create) is what IAM
    /// conditions test; <see cref="WithdrawnTag"/> is the one tag a requester may add, to their own request.
    /// </summary>
    public static class AccessRequestFields
    {
        public const string Source = "OsAccess";
        public const string Category = "Security";
        public const string RequesterTag = "osaccess:requester";
        public const string WithdrawnTag = "osaccess:withdrawn";

        /// <summary>What a request's id, an OpsItem id, looks like: <c>oi-</c> and 12 hexadecimal digits.</summary>
        public const string RequestIdPattern = "^oi-[0-9a-f]{12}$";

        public const string AccountIds = "osaccess:accountIds";
        public const string RoleName = "osaccess:roleName";
        public const string Start = "osaccess:start";
        public const string End = "osaccess:end";
        public const string Decision = "osaccess:decision";
        public const string DecidedAt = "osaccess:decidedAt";
        public const string Comment = "osaccess:comment";
        public const string GrantId = "osaccess:grantId";

        /// <summary>An OpsItem's Description holds 1 to 2,048 characters (CreateOpsItem).</summary>
        public const int MaxReasonLength = 2048;

        /// <summary>An OpsItem's operational data value holds up to 20 KB; a comment is kept far shorter.</summary>
        public const int MaxCommentLength = 1024;

        /// <summary>Refuses an empty reason or one over what the Description holds; ParamName Reason.</summary>
        public static string RequireReason(string? reason)
        {
            if (string.IsNullOrWhiteSpace(reason))
                throw new ArgumentException("Say why you need access: give a ticket or a justification with -Reason (an approver reads it).", "Reason");
            if (reason!.Length > MaxReasonLength)
                throw new ArgumentException($"The reason has {reason.Length:N0} characters, over the {MaxReasonLength:N0} a request holds: shorten it, or link to the ticket.", "Reason");
            return reason;
        }

        /// <summary>Refuses a comment over <see cref="MaxCommentLength"/>; ParamName Comment.</summary>
        public static string? CheckComment(string? comment, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(comment))
                throw new ArgumentException("Say why the request is denied with -Comment: the requester reads it.", "Comment");
            if (comment != null && comment.Length > MaxCommentLength)
                throw new ArgumentException($"The comment has {comment.Length:N0} characters, over the {MaxCommentLength:N0} kept: shorten it.", "Comment");
            return string.IsNullOrWhiteSpace(comment) ? null : comment;
        }

        public static string Title(IReadOnlyList<string> accountIds) =>
            accountIds.Count == 1 ? $"OsAccess access request: {accountIds[0]}" : $"OsAccess access request: {accountIds.Count} accounts";

        public static Dictionary<string, string> Request(IReadOnlyList<string> accountIds, string roleName, AccessWindow window) =>
            new Dictionary<string, string>
            {
                [AccountIds] = string.Join(",", accountIds),
                [RoleName] = roleName,
                [Start] = window.StartText,
                [End] = window.EndText,
            };

        public static Dictionary<string, string> Decided(AccessRequestDecision decision, DateTimeOffset decidedAt, string? comment, string? grantId)
        {
            var data = new Dictionary<string, string> { [Decision] = decision.ToString(), [DecidedAt] = AccessWindow.Format(decidedAt) };
            if (comment != null) data[Comment] = comment;
            if (grantId != null) data[GrantId] = grantId;
            return data;
        }

        /// <summary>
        /// The request an OpsItem holds, or null when it is not one of OsAccess's. A decision counts only on a Resolved item:
        /// a requester can create an item with any data but cannot resolve it.
        /// </summary>
        public static AccessRequestRecord? Read(string requestId, string status, string createdBy, DateTimeOffset createdTime, string lastModifiedBy,
            IReadOnlyDictionary<string, string> data, string? reason, bool withdrawn, string? reasonRefused = null)
        {
            if (!data.TryGetValue(AccountIds, out var accounts) || !data.TryGetValue(Start, out var start) || !data.TryGetValue(End, out var end)
                || !TryDate(start, out var from) || !TryDate(end, out var to) || to <= from)
                return null;
            AccessRequestDecision? decision = null;
            if (status == "Resolved" && data.TryGetValue(Decision, out var d) && Enum.TryParse<AccessRequestDecision>(d, out var parsed)) decision = parsed;
            var resolved = status == "Resolved";
            DateTimeOffset? decidedAt = resolved && data.TryGetValue(DecidedAt, out var at) && TryDate(at, out var when) ? when : (DateTimeOffset?)null;
            return new AccessRequestRecord
            {
                RequestId = requestId,
                UserName = PersonArn.NameOf(createdBy),
                RequesterArn = createdBy,
                AccountIds = accounts.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries),
                RoleName = data.TryGetValue(RoleName, out var role) ? role : "OSAccess",
                Window = AccessWindow.Create(from, to),
                Reason = reason,
                ReasonRefused = reasonRefused,
                RequestedAt = createdTime,
                Decision = decision,
                DecidedBy = resolved ? lastModifiedBy : null,
                DecidedAt = decidedAt,
                Comment = resolved && data.TryGetValue(Comment, out var c) ? c : null,
                GrantId = decision == AccessRequestDecision.Approved && data.TryGetValue(GrantId, out var g) ? g : null,
                // Resolved without a decision: closed by hand in OpsCenter, which counts as withdrawn.
                Withdrawn = withdrawn || (resolved && decision == null),
            };
        }

        private static bool TryDate(string text, out DateTimeOffset value) =>
            DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
