using System;
using OsAccess.Workflows.Sessions;

namespace OsAccess.PowerShell.Sessions
{
    /// <summary>A Session Manager session: who (UserName, from the role session name) is on which instance, where and since when.</summary>
    public sealed class OSAccessSession
    {
        public string AccountId { get; set; } = string.Empty;
        public string Region { get; set; } = string.Empty;
        public string SessionId { get; set; } = string.Empty;
        public string Target { get; set; } = string.Empty;
        public string UserName { get; set; } = string.Empty;
        public string Owner { get; set; } = string.Empty;
        public DateTimeOffset? StartDate { get; set; }
        public DateTimeOffset? EndDate { get; set; }
        public string Status { get; set; } = string.Empty;
        public string? Reason { get; set; }

        internal static OSAccessSession From(SessionRecord s) => new OSAccessSession
        {
            AccountId = s.AccountId, Region = s.Region, SessionId = s.SessionId, Target = s.Target, UserName = s.UserName, Owner = s.Owner,
            StartDate = s.StartDate, EndDate = s.EndDate, Status = s.Status, Reason = s.Reason,
        };

        public override string ToString() => SessionId;
    }
}
