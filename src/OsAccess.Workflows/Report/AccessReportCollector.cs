using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Failures;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sessions;
using OsAccess.Core.FanOut;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Requests;
using OsAccess.Core.Roles;
using OsAccess.Workflows.Grants;
using OsAccess.Workflows.Organization;
using OsAccess.Workflows.Requests;
using OsAccess.Workflows.Roles;
using OsAccess.Workflows.Sessions;

namespace OsAccess.Workflows.Report
{
    /// <summary>
    /// Reads everything the access-review report shows, with the workflows the reading cmdlets use: the organization and
    /// its guardrail (Test-OSAccessScp's <see cref="OrganizationScpReader"/> and <see cref="GuardrailChecker"/>), the
    /// OSAccess role in each active member account (Test-OSAccessRole's <see cref="RoleInspector"/>), the grants and
    /// standing access in the hub (Get-OSAccessGrant -IncludeUnmanaged's <see cref="GrantReader"/> and
    /// <see cref="UnmanagedAccessReader"/>), the hub's requests of the last <see cref="RequestDays"/> days (Get-OSAccessRequest's
    /// <see cref="AccessRequestStore"/>; a caller who may not read them gets the rest, and why not) and the live sessions of every active account (Get-OSAccessSession -All's
    /// <see cref="SessionLister"/>). Needs the management account's credentials, as Test-OSAccessScp does.
    /// </summary>
    public sealed class AccessReportCollector
    {
        /// <summary>How far back the requests the report collects go.</summary>
        public const int RequestDays = 90;

        private readonly GuardrailChecker guardrail;
        private readonly string? hubAccountId;
        private readonly string roleName;
        private readonly string crossAccountRoleName;
        private readonly int throttleLimit;

        /// <param name="guardrail">Decides the guardrail as published (Test-OSAccessScp's default options unless told otherwise).</param>
        /// <param name="hubAccountId">Where people's IAM users live; null for the caller's own account.</param>
        public AccessReportCollector(GuardrailChecker guardrail, string? hubAccountId, string roleName, string crossAccountRoleName, int throttleLimit)
        {
            this.guardrail = guardrail;
            this.hubAccountId = hubAccountId;
            this.roleName = roleName;
            this.crossAccountRoleName = crossAccountRoleName;
            this.throttleLimit = throttleLimit;
        }

        /// <param name="memberSession">The session in another account through the cross-account role.</param>
        public async Task<CollectedAccess> CollectAsync(AwsSession caller, Func<string, AwsSession> memberSession, CancellationToken cancellationToken)
        {
            var hub = await HubReach.ResolveAsync(caller, hubAccountId, memberSession, cancellationToken).ConfigureAwait(false);
            OrganizationScpView view;
            IReadOnlyList<string> active;
            using (var organizations = caller.Organizations())
            {
                view = await new OrganizationScpReader(organizations, throttleLimit).ReadAsync(new string[0], null, cancellationToken).ConfigureAwait(false);
                active = await AccountList.ActiveAsync(organizations, cancellationToken).ConfigureAwait(false);
            }
            var scp = view.Accounts.Select(guardrail.Check).ToList();

            var inspector = new RoleInspector(new OsAccessRoleOptions(hub.HubAccountId, roleName), crossAccountRoleName);
            var readings = await ReadAccountsAsync(active, hub.Caller.Account, view.ManagementAccountId, caller, memberSession, inspector, cancellationToken)
                .ConfigureAwait(false);

            GrantSnapshot snapshot;
            using (var iam = hub.Hub.Iam())
            {
                snapshot = await GrantReader.ReadAsync(iam, cancellationToken, everyPolicy: true).ConfigureAwait(false);
            }

            var now = caller.Clock.UtcNow;
            var (requests, requestsNotRead) = await ReadRequestsAsync(hub, now, cancellationToken).ConfigureAwait(false);
            return new CollectedAccess(hub.Caller.Arn, now)
            {
                Guardrail = scp,
                Roles = readings.Where(r => r.Role != null).Select(r => r.Role!).ToList(),
                RoleProblems = readings.Where(r => r.RoleProblem != null).ToDictionary(r => r.AccountId, r => r.RoleProblem!),
                RoleNotApplicable = view.Accounts.Where(a => a.IsManagementAccount || !active.Contains(a.AccountId))
                    .ToDictionary(a => a.AccountId, a => a.IsManagementAccount ? "management account" : "account not active"),
                Grants = snapshot.Grants,
                StandingAccess = new UnmanagedAccessReader(snapshot).Find(roleName, null, now),
                Requests = requests,
                RequestsNotRead = requestsNotRead,
                Sessions = readings.SelectMany(r => r.Sessions).ToList(),
                Problems = readings.Where(r => r.SessionProblem != null).Select(r => $"Sessions of {r.AccountId}: {r.SessionProblem}").ToList(),
            };
        }

        /// <summary>The hub's requests made since <see cref="RequestDays"/> days ago; none, and why, when AWS refuses the caller.</summary>
        private static async Task<(IReadOnlyList<AccessRequestRecord>, string?)> ReadRequestsAsync(HubReach hub, DateTimeOffset now, CancellationToken cancellationToken)
        {
            try
            {
                using var ssm = hub.Hub.Ssm();
                var query = new AccessRequestQuery { Since = now.AddDays(-RequestDays) };
                return (await new AccessRequestStore(ssm).ListAsync(query, cancellationToken).ConfigureAwait(false), null);
            }
            catch (AwsServiceException error) when (AwsFailureClassifier.Classify(error) == AwsFailureKind.AccessDenied)
            {
                return (new AccessRequestRecord[0], $"AWS refused ssm:{error.Operation} to {hub.Caller.Arn} in the hub {hub.HubAccountId}, so this " +
                    "report cannot show who asked for the grants. Reading requests needs ssm:DescribeOpsItems, ssm:GetOpsItem and " +
                    "ssm:ListTagsForResource (New-OSAccessOperatorPolicyDocument -Task Audit has them): add them, or pipe Get-OSAccessRequest " +
                    "run by someone who may.");
            }
        }

        /// <summary>Each active account's role (member accounts only) and sessions, -ThrottleLimit accounts at a time.</summary>
        private async Task<IReadOnlyList<AccountReading>> ReadAccountsAsync(IReadOnlyList<string> accounts, string callerAccount, string managementAccount,
            AwsSession caller, Func<string, AwsSession> memberSession, RoleInspector inspector, CancellationToken cancellationToken)
        {
            using var fanOut = AccountFanOut.Start(accounts, async (accountId, ct) =>
            {
                var session = accountId == callerAccount ? caller : memberSession(accountId);
                var reading = new AccountReading(accountId);
                if (accountId != managementAccount)
                {
                    try { reading.Role = await inspector.TestAsync(session, ct).ConfigureAwait(false); }
                    catch (Exception error) when (!(error is OperationCanceledException)) { reading.RoleProblem = error.Message; }
                }
                try
                {
                    reading.Sessions = await SessionLister.ListAsync(region => session.InRegion(region, "-Region").Ssm(), new[] { caller.Region }, accountId, false, ct)
                        .ConfigureAwait(false);
                }
                catch (Exception error) when (!(error is OperationCanceledException)) { reading.SessionProblem = error.Message; }
                return reading;
            }, throttleLimit, cancellationToken);
            var readings = new List<AccountReading>();
            await Task.Run(() =>
            {
                foreach (var next in fanOut.ReadAll())
                {
                    if (next.Result == null) continue;
                    if (next.Result.Error is OperationCanceledException cancelled) throw cancelled;
                    readings.Add(next.Result.Succeeded ? next.Result.Value : new AccountReading(next.AccountId) { SessionProblem = next.Result.Error!.Message });
                }
            }, cancellationToken).ConfigureAwait(false);
            return readings;
        }

        private sealed class AccountReading
        {
            public AccountReading(string accountId) => AccountId = accountId;

            public string AccountId { get; }

            public OSAccessRoleTestResult? Role { get; set; }

            public string? RoleProblem { get; set; }

            public IReadOnlyList<SessionRecord> Sessions { get; set; } = new SessionRecord[0];

            public string? SessionProblem { get; set; }
        }
    }
}
