using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Changes;
using OsAccess.Core.Grants;
using OsAccess.Core.Policy;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Grants;

namespace OsAccess.PowerShell.Grants
{
    /// <summary>
    /// Takes grants away: each grant's policy is detached from the person (no new role sessions) and deleted. Grants come
    /// piped from Get-OSAccessGrant, or by -GrantId, -UserName or -AccountId; -Expired removes every grant that is over,
    /// and grant policies left attached to nobody, as hourly housekeeping.
    /// </summary>
    [Cmdlet(VerbsSecurity.Revoke, "OSAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = "Select")]
    [OutputType(typeof(OSAccessRevocation))]
    public sealed class RevokeOSAccessCommand : OsAccessWriteCmdlet
    {
        private readonly HashSet<string> revoked = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> endedIn = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<(string UserName, string AccountId)> ended = new List<(string, string)>();
        private HubReach? hub;
        private GrantSnapshot? snapshot;

        /// <summary>The grants to revoke; binds from Get-OSAccessGrant's output.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "GrantId", ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] GrantId { get; set; } = new string[0];

        /// <summary>
        /// Every grant of these people (with -AccountId: those covering one of the accounts). With -GrantId (as piped from
        /// Get-OSAccessGrant), the person the grant must belong to.
        /// </summary>
        [Parameter(ParameterSetName = "Select", ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = "GrantId", ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HubUserNameCompleter))]
        public string[] UserName { get; set; } = new string[0];

        /// <summary>
        /// Every grant covering one of these accounts (with -UserName: only those people's). With -Expired, the member
        /// accounts whose old denies to clean up (default: every account a grant in the hub names).
        /// </summary>
        [Parameter(ParameterSetName = "Select", ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = "Expired")]
        [Alias("Id", "Account")]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string[]? AccountId { get; set; }

        /// <summary>Every grant whose window is over, and grant policies attached to nobody for an hour.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Expired")]
        public SwitchParameter Expired { get; set; }

        /// <summary>
        /// Also ends the access already in use, in each granted account: the person's role credentials issued before now are
        /// denied, then their live Session Manager sessions in -SessionRegion are terminated.
        /// </summary>
        [Parameter(ParameterSetName = "Select")]
        [Parameter(ParameterSetName = "GrantId")]
        public SwitchParameter EndSessions { get; set; }

        /// <summary>The regions whose sessions -EndSessions terminates (sessions are regional). Default: the region in use.</summary>
        [Parameter(ParameterSetName = "Select")]
        [Parameter(ParameterSetName = "GrantId")]
        [ValidateNotNullOrEmpty]
        public string[]? SessionRegion { get; set; }

        /// <summary>With -Expired, the role in member accounts whose old denies are cleaned up. Default: OSAccess.</summary>
        [Parameter(ParameterSetName = "Expired")]
        [ValidateRoleName]
        public string RoleName { get; set; } = Core.Guardrail.GuardrailScpOptions.OsAccessRoleName;

        /// <summary>The hub account, when it is not the caller's own: reached through -CrossAccountRoleName.</summary>
        [Parameter]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string? HubAccountId { get; set; }

        protected override void ProcessAwsRecord()
        {
            hub ??= Run(ct => HubReach.ResolveAsync(Session, HubAccountId, MemberSession, ct));
            snapshot ??= Run(async ct =>
            {
                using var iam = hub.Hub.Iam();
                return await GrantReader.ReadAsync(iam, ct).ConfigureAwait(false);
            });
            var now = SystemClock.Instance.UtcNow;
            foreach (var grant in Selected(now))
            {
                Revoke(grant);
            }
            if (Expired.IsPresent)
            {
                Housekeep(now);
            }
        }

        /// <summary>-Expired beyond the grants: leftover grant policies in the hub, then denies no credential can outlive in each account.</summary>
        /// <summary>
        /// -EndSessions ends a person's credentials and sessions in an account whatever grant they came from: say so where
        /// another grant of theirs stays in force there, so that nobody takes the access for ended.
        /// </summary>
        protected override void EndAwsProcessing()
        {
            var now = SystemClock.Instance.UtcNow;
            foreach (var (user, account) in ended)
            {
                foreach (var other in snapshot!.StillGranting(user, account, now, revoked))
                {
                    WriteWarning($"{user}'s credentials and sessions in {account} were ended, but their grant {other.GrantId} " +
                        $"(to {AccessWindow.Format(other.Window.End)}) stays in force there: they can assume {other.RoleName} again a minute after the revocation. " +
                        $"Revoke it too to end their access: Revoke-OSAccess -GrantId {other.GrantId} -EndSessions.");
                }
            }
        }

        private void Housekeep(DateTimeOffset now)
        {
            foreach (var leftover in snapshot!.LeftoversAt(now))
            {
                var change = new PlannedChange(hub!.HubAccountId, $"policy {leftover.Path}{leftover.PolicyName}",
                    "Delete the grant policy attached to nobody", leftover.Arn, null);
                if (ShouldWrite(change))
                {
                    Run(async ct =>
                    {
                        using var iam = hub.Hub.Iam();
                        await GrantRemover.DeletePolicyAsync(iam, leftover.Arn, ct).ConfigureAwait(false);
                        return true;
                    });
                }
            }
            var accounts = AccountId ?? snapshot.Grants.SelectMany(g => g.AccountIds).Distinct().ToArray();
            foreach (var account in accounts)
            {
                if (!ShouldProcess($"account {account}: role {RoleName}", $"Delete the {SessionDenyBuilder.NamePrefix}* denies no credential can outlive")) continue;
                PostToMemberAccount(account, async (member, ct) =>
                {
                    using var iam = member.Iam();
                    await SessionEnder.CleanUpAsync(iam, RoleName, now, ct).ConfigureAwait(false);
                    return new object[0];
                });
            }
        }

        private IEnumerable<GrantRecord> Selected(DateTimeOffset now)
        {
            var grants = snapshot!.Grants;
            switch (ParameterSetName)
            {
                case "Expired":
                    return snapshot.ExpiredAt(now);
                case "Select":
                    if (UserName.Length == 0 && AccountId == null)
                    {
                        ThrowTerminatingError(new ErrorRecord(new PSArgumentException(
                            "Say which grants to revoke: -UserName, -AccountId or both, -GrantId (or pipe Get-OSAccessGrant), or -Expired.", "UserName"),
                            ErrorIds.GrantInputInvalid, ErrorCategory.InvalidArgument, null));
                    }
                    return grants.Where(g => (UserName.Length == 0 || UserName.Contains(g.UserName, StringComparer.OrdinalIgnoreCase)) && Covers(g));
                default:
                    var found = new List<GrantRecord>();
                    foreach (var id in GrantId)
                    {
                        var grant = grants.FirstOrDefault(g => string.Equals(g.GrantId, id, StringComparison.OrdinalIgnoreCase)
                            && (UserName.Length == 0 || UserName.Contains(g.UserName, StringComparer.OrdinalIgnoreCase)));
                        if (grant != null) found.Add(grant);
                        else if (!revoked.Contains(id))
                        {
                            WriteError(new ErrorRecord(
                                new ItemNotFoundException($"-GrantId: the hub account {hub!.HubAccountId} has no grant '{id}': Get-OSAccessGrant lists the grants there."),
                                ErrorIds.GrantNotFound, ErrorCategory.ObjectNotFound, id));
                        }
                    }
                    return found;
            }
        }

        private bool Covers(GrantRecord grant) => AccountId == null || grant.AccountIds.Any(AccountId.Contains);

        private void Revoke(GrantRecord grant)
        {
            if (revoked.Contains(grant.GrantId)) return;
            var document = new BuiltPolicyDocument("OSAccessGrant", Core.Policy.Validation.PolicyType.Identity,
                AssumeRoleGrantBuilder.Build(grant.AccountIds, grant.Window, grant.RoleName)).Json;
            var change = new PlannedChange(hub!.HubAccountId, $"grant {grant.GrantId} of user {grant.UserName}",
                "Detach and delete the grant policy", document, null);
            if (!ShouldWrite(change)) return;
            try
            {
                Run(async ct =>
                {
                    using var iam = hub.Hub.Iam();
                    await GrantRemover.RemoveAsync(iam, grant.UserName, grant.PolicyArn, ct).ConfigureAwait(false);
                    return true;
                });
            }
            catch (Exception error) when (!(error is PipelineStoppedException) && !(error is OperationCanceledException))
            {
                WriteAwsError(error, grant.GrantId);
                return;
            }
            revoked.Add(grant.GrantId);
            foreach (var account in grant.AccountIds)
            {
                var revocation = new OSAccessRevocation { GrantId = grant.GrantId, UserName = grant.UserName, AccountId = account, GrantRemoved = true };
                // A person's credentials and sessions in an account are ended once, however many of their grants name it.
                if (EndSessions.IsPresent && endedIn.Add(grant.UserName + "@" + account)) EndSessionsIn(account, grant, revocation);
                else WriteObject(revocation);
            }
        }

        private void EndSessionsIn(string account, GrantRecord grant, OSAccessRevocation revocation)
        {
            var now = SystemClock.Instance.UtcNow;
            var deny = PolicyJsonWriter.Write(SessionDenyBuilder.Build(grant.UserName, SessionDenyBuilder.RevokedAt(now)), PolicyJsonStyle.Indented);
            var change = new PlannedChange(account, $"role {grant.RoleName}: policy {SessionDenyBuilder.PolicyName(grant.UserName)}",
                $"Deny the credentials of {grant.UserName} issued before now and end their sessions", null, deny);
            if (!ShouldWrite(change))
            {
                WriteObject(revocation);
                return;
            }
            ended.Add((grant.UserName, account));
            var regions = SessionRegion ?? new[] { Session.Region };
            PostToMemberAccount(account, async (member, ct) =>
            {
                using var iam = member.Iam();
                var ended = await SessionEnder.EndAsync(iam, region => member.InRegion(region, "-SessionRegion").Ssm(), regions, account,
                    grant.RoleName, grant.UserName, now, ct).ConfigureAwait(false);
                revocation.CredentialsDenied = true;
                revocation.SessionsEnded = ended.ToArray();
                return revocation;
            });
        }
    }
}
