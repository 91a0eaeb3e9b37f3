using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Ssm;

namespace OsAccess.Workflows.Sessions
{
    /// <summary>Who is on which instance: the Session Manager sessions of one account, in each region asked for.</summary>
    public static class SessionLister
    {
        /// <param name="history">Recent sessions that have ended (DescribeSessions State History) instead of active ones.</param>
        public static async Task<IReadOnlyList<SessionRecord>> ListAsync(Func<string, ISsmClient> ssmIn, IReadOnlyList<string> regions, string accountId,
            bool history, CancellationToken cancellationToken)
        {
            var found = new List<SessionRecord>();
            foreach (var region in regions)
            {
                using var ssm = ssmIn(region);
                var sessions = await Pagination.AllAsync((token, ct) => ssm.DescribeSessionsAsync(history ? "History" : "Active", null, token, ct), cancellationToken)
                    .ConfigureAwait(false);
                found.AddRange(sessions.Select(s => new SessionRecord
                {
                    AccountId = accountId, Region = region, SessionId = s.SessionId, Target = s.Target, UserName = UserNameOf(s.Owner),
                    Owner = s.Owner, StartDate = s.StartDate, EndDate = s.EndDate, Status = s.Status, Reason = s.Reason,
                }));
            }
            return found;
        }

        /// <summary><c>arn:aws:sts::1:assumed-role/OSAccess/bob</c> and <c>arn:aws:iam::1:user/bob</c> are bob.</summary>
        public static string UserNameOf(string owner)
        {
            var resource = owner.Split(new[] { ':' }, 6).ElementAtOrDefault(5) ?? string.Empty;
            var parts = resource.Split('/');
            if (parts[0] == "assumed-role" && parts.Length >= 3) return parts[parts.Length - 1];
            if (parts[0] == "user" && parts.Length >= 2) return parts[parts.Length - 1];
            return string.Empty;
        }
    }
}
