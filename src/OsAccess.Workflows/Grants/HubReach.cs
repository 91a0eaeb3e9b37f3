using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Sts;

namespace OsAccess.Workflows.Grants
{
    /// <summary>
    /// The session that reaches the hub, where grants live: the caller's own when the hub is the caller's account (or
    /// none is named), otherwise the cross-account role assumed in the hub (management-account credentials with
    /// -HubAccountId). Also says who the caller is, which a grant records.
    /// </summary>
    public sealed class HubReach
    {
        private HubReach(AwsSession hub, string hubAccountId, StsCallerIdentity caller)
        {
            Hub = hub;
            HubAccountId = hubAccountId;
            Caller = caller;
        }

        public AwsSession Hub { get; }

        public string HubAccountId { get; }

        public StsCallerIdentity Caller { get; }

        /// <param name="memberSession">The session in another account through the cross-account role.</param>
        public static async Task<HubReach> ResolveAsync(AwsSession caller, string? hubAccountId, Func<string, AwsSession> memberSession,
            CancellationToken cancellationToken)
        {
            StsCallerIdentity identity;
            using (var sts = caller.Sts())
            {
                identity = await sts.GetCallerIdentityAsync(cancellationToken).ConfigureAwait(false);
            }
            if (hubAccountId == null || hubAccountId == identity.Account)
            {
                return new HubReach(caller, identity.Account, identity);
            }
            return new HubReach(memberSession(hubAccountId), hubAccountId, identity);
        }
    }
}
