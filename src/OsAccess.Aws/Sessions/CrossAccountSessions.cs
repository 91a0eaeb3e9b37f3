using System;
using System.Collections.Concurrent;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Sts;
using OsAccess.Core.Aws;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Sessions
{
    /// <summary>One assumed-role credential source per member account, created on first use and then reused.</summary>
    public sealed class CrossAccountSessions
    {
        private readonly IStsClient sts;
        private readonly IClock clock;
        private readonly EventualConsistency? propagation;
        private readonly ConcurrentDictionary<string, Lazy<AssumedRoleCredentialSource>> byAccount =
            new ConcurrentDictionary<string, Lazy<AssumedRoleCredentialSource>>(StringComparer.Ordinal);

        /// <param name="sts">STS as the caller (the identity that assumes the roles).</param>
        /// <param name="delay">Waits between AssumeRole retries while a role propagates (see <see cref="CrossAccountOptions.WaitForPropagation"/>).</param>
        public CrossAccountSessions(IStsClient sts, IClock clock, CrossAccountOptions options, IDelay? delay = null)
        {
            RoleName.Require(options.RoleName, nameof(options.RoleName));
            this.sts = sts;
            this.clock = clock;
            Options = options;
            propagation = options.WaitForPropagation > TimeSpan.Zero
                ? new EventualConsistency(clock, delay ?? TaskDelay.Instance, options.WaitForPropagation, PropagationInterval)
                : null;
        }

        /// <summary>How often a refused AssumeRole is tried again while a role propagates.</summary>
        public static TimeSpan PropagationInterval { get; } = TimeSpan.FromSeconds(2);

        public CrossAccountOptions Options { get; }

        public int AccountCount => byAccount.Count;

        /// <summary>The credentials of the role in <paramref name="accountId"/>; an id that is not 12 digits is an ArgumentException.</summary>
        public AssumedRoleCredentialSource ForAccount(string accountId) =>
            byAccount.GetOrAdd(AccountId.Require(accountId, nameof(accountId)), id => new Lazy<AssumedRoleCredentialSource>(() => new AssumedRoleCredentialSource(sts, clock,
                new AssumeRoleInput
                {
                    RoleArn = Options.RoleArn(id),
                    RoleSessionName = Options.RoleSessionName,
                    ExternalId = Options.ExternalId,
                    DurationSeconds = Options.DurationSeconds,
                }, Options.RefreshBefore, propagation))).Value;
    }
}
