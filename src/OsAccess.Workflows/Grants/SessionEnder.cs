using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Ssm;
using OsAccess.Core.Grants;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Grants
{
    /// <summary>
    /// Ends, in one member account, the access a person already has (Revoke-OSAccess -EndSessions), after their grant is
    /// gone: their role credentials issued before now are denied (<see cref="SessionDenyBuilder"/>), then their live
    /// Session Manager sessions are terminated in each region named. Other people's credentials and sessions are untouched.
    /// </summary>
    public static class SessionEnder
    {
        /// <returns>The ids of the sessions terminated.</returns>
        public static async Task<IReadOnlyList<string>> EndAsync(IIamClient iam, Func<string, ISsmClient> ssmIn, IReadOnlyList<string> regions,
            string accountId, string roleName, string userName, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var deny = PolicyJsonWriter.Write(SessionDenyBuilder.Build(userName, SessionDenyBuilder.RevokedAt(now)));
            await iam.PutRolePolicyAsync(roleName, SessionDenyBuilder.PolicyName(userName), deny, cancellationToken).ConfigureAwait(false);

            var owner = $"arn:aws:sts::{accountId}:assumed-role/{roleName}/{userName}";
            var ended = new List<string>();
            foreach (var region in regions)
            {
                using var ssm = ssmIn(region);
                var sessions = await Pagination.AllAsync((token, ct) => ssm.DescribeSessionsAsync("Active", owner, token, ct), cancellationToken).ConfigureAwait(false);
                foreach (var session in sessions.Where(s => s.Owner == owner))
                {
                    await ssm.TerminateSessionAsync(session.SessionId, cancellationToken).ConfigureAwait(false);
                    ended.Add(session.SessionId);
                }
            }
            return ended;
        }

        /// <summary>
        /// Deletes the role's denies that no credential can outlive any more: those whose revocation is at least the role's
        /// maximum session duration ago. Returns the names deleted.
        /// </summary>
        public static async Task<IReadOnlyList<string>> CleanUpAsync(IIamClient iam, string roleName, DateTimeOffset now, CancellationToken cancellationToken)
        {
            IamRole role;
            try
            {
                role = await iam.GetRoleAsync(roleName, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "NoSuchEntity")
            {
                return new string[0];
            }
            var longest = TimeSpan.FromSeconds(role.MaxSessionDuration ?? 43200);
            var names = await Pagination.AllAsync((marker, ct) => iam.ListRolePoliciesAsync(roleName, marker, ct), cancellationToken).ConfigureAwait(false);
            var removed = new List<string>();
            foreach (var name in names.Where(n => n.StartsWith(SessionDenyBuilder.NamePrefix, StringComparison.Ordinal)))
            {
                var policy = await iam.GetRolePolicyAsync(roleName, name, cancellationToken).ConfigureAwait(false);
                if (!SessionDenyBuilder.TryReadRevokedAt(policy.Document, out var revokedAt) || revokedAt + longest > now) continue;
                await iam.DeleteRolePolicyAsync(roleName, name, cancellationToken).ConfigureAwait(false);
                removed.Add(name);
            }
            return removed;
        }
    }
}
