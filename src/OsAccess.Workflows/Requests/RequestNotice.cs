using System.Linq;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;

namespace OsAccess.Workflows.Requests
{
    /// <summary>
    /// The short message each transition publishes: who, where, when, and what happened; never the reason of a request. An
    /// approval gives the window granted, which starts later than the one asked for when that start had passed.
    /// </summary>
    public static class RequestNotice
    {
        /// <summary>SNS subjects hold at most 100 characters.</summary>
        public const int MaxSubjectLength = 100;

        public static (string Subject, string Message) For(AccessRequestRecord request, AccessRequestStatus status, AccessWindow? granted = null)
        {
            var window = granted ?? request.Window;
            var accounts = string.Join(", ", request.AccountIds);
            var what = status switch
            {
                AccessRequestStatus.Pending => "asks for access",
                AccessRequestStatus.Approved => "was granted access",
                AccessRequestStatus.Denied => "was refused access",
                _ => "withdrew the request for access",
            };
            var subject = $"OsAccess request {request.RequestId} {status}: {request.UserName}";
            if (subject.Length > MaxSubjectLength) subject = subject.Substring(0, MaxSubjectLength);
            var lines = new[]
            {
                $"{request.UserName} {what} to {request.RoleName} in {accounts}, {window.StartText} to {window.EndText}.",
                $"Request: {request.RequestId}",
                request.DecidedBy == null ? null : $"Decided by: {request.DecidedBy}",
                request.Comment == null ? null : $"Comment: {request.Comment}",
                request.GrantId == null ? null : $"Grant: {request.GrantId}",
                status == AccessRequestStatus.Pending ? $"To decide: Get-OSAccessRequest -RequestId {request.RequestId} | Approve-OSAccessRequest" : null,
            };
            return (subject, string.Join("\n", lines.Where(l => l != null)));
        }
    }
}
