using System;
using System.Collections.Generic;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sts;

namespace OsAccess.Aws.Sessions
{
    /// <summary>
    /// Sessions in member accounts, reached by assuming a role there with a caller's credentials. Each role is assumed
    /// once per caller, role name and external id, however often its account is asked for, and renewed before it
    /// expires. Callers count as one when their sessions were resolved from the same inputs (the same keys, profile,
    /// credentials object, region and endpoint). Owns the STS clients it assumes roles with; safe to use from many threads.
    /// </summary>
    public sealed class MemberAccountSessions : IDisposable
    {
        private readonly Func<AwsSession, IStsClient> stsFor;
        private readonly Dictionary<(object Caller, string RoleName, string? ExternalId), CrossAccountSessions> byCaller =
            new Dictionary<(object, string, string?), CrossAccountSessions>();
        private readonly List<IStsClient> stsClients = new List<IStsClient>();

        public MemberAccountSessions()
            : this(caller => caller.Sts())
        {
        }

        /// <param name="stsFor">The STS client that assumes roles as the given caller.</param>
        internal MemberAccountSessions(Func<AwsSession, IStsClient> stsFor) => this.stsFor = stsFor;

        /// <summary>
        /// The session in <paramref name="accountId"/>, acting as <paramref name="roleName"/> there. A bad account id or
        /// role name is an ArgumentException, before anything is sent.
        /// </summary>
        public AwsSession ForAccount(AwsSession caller, string accountId, string roleName, string? externalId)
        {
            var role = SessionsFor(caller, roleName, externalId).ForAccount(accountId);
            return caller.InAccount(accountId, role, $"role {roleName} assumed with credentials from {caller.Credentials.Origin}");
        }

        public void Dispose()
        {
            lock (byCaller)
            {
                foreach (var sts in stsClients)
                {
                    sts.Dispose();
                }

                stsClients.Clear();
                byCaller.Clear();
            }
        }

        private CrossAccountSessions SessionsFor(AwsSession caller, string roleName, string? externalId)
        {
            var key = (caller.CallerKey, roleName, externalId);
            lock (byCaller)
            {
                if (byCaller.TryGetValue(key, out var sessions))
                {
                    return sessions;
                }

                var options = new CrossAccountOptions
                {
                    RoleName = roleName,
                    ExternalId = externalId,
                    Partition = AwsPartition.Of(caller.Region).Name,
                };
                var sts = stsFor(caller);
                try
                {
                    sessions = new CrossAccountSessions(sts, caller.Clock, options);
                }
                catch
                {
                    sts.Dispose();
                    throw;
                }

                stsClients.Add(sts);
                byCaller.Add(key, sessions);
                return sessions;
            }
        }
    }
}
