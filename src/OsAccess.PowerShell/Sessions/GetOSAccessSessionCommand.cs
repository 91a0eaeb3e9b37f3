using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Sessions;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Sessions;

namespace OsAccess.PowerShell.Sessions
{
    /// <summary>
    /// Who is on which instance now: the Session Manager sessions of the caller's account, of -AccountId or of every account
    /// (-All), in each -SessionRegion, fanned out -ThrottleLimit accounts at a time; -History for recent ended ones.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSAccessSession", DefaultParameterSetName = "AccountId")]
    [OutputType(typeof(OSAccessSession))]
    public sealed class GetOSAccessSessionCommand : OsAccessAwsCmdlet
    {
        private string? callerAccount;

        /// <summary>The member accounts to look in (reached through -CrossAccountRoleName); default the caller's own.</summary>
        [Parameter(Position = 0, ParameterSetName = "AccountId", ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "Account", "OwnerId")]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string[]? AccountId { get; set; }

        /// <summary>Every active account of the organization (management-account credentials).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "All")]
        public SwitchParameter All { get; set; }

        /// <summary>The regions to look in (sessions are regional). Default: the region in use.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? SessionRegion { get; set; }

        /// <summary>Recent sessions that have ended, instead of those open now.</summary>
        [Parameter]
        public SwitchParameter History { get; set; }

        /// <summary>Only the sessions of these people (the role session name, or the IAM user name); binds from Get-IAMUser's UserName.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HubUserNameCompleter))]
        public string[]? UserName { get; set; }

        /// <summary>
        /// Only the sessions on these instances or managed nodes; binds from Get-EC2Instance's reservations (their Instances)
        /// and instances (InstanceId).
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceId", "Instances")]
        [ValidateNotNullOrEmpty]
        [InstanceIdTransformation]
        public string[]? Target { get; set; }

        protected override void ProcessAwsRecord()
        {
            callerAccount ??= Run(async ct =>
            {
                using var sts = Session.Sts();
                return (await sts.GetCallerIdentityAsync(ct).ConfigureAwait(false)).Account;
            });
            var accounts = All.IsPresent
                ? Run(async ct =>
                {
                    using var organizations = Session.Organizations();
                    return await AccountList.ActiveAsync(organizations, ct).ConfigureAwait(false);
                })
                : (IReadOnlyList<string>)(AccountId ?? new[] { callerAccount });
            var regions = SessionRegion ?? new[] { Session.Region };
            var filter = new SessionFilter(UserName, Target); // this record's: the work in member accounts runs after the next is bound
            foreach (var account in accounts)
            {
                if (account == callerAccount)
                {
                    WriteObject(Run(ct => ListAsync(Session, account, regions, filter, ct)), enumerateCollection: true);
                }
                else
                {
                    PostToMemberAccount(account, (member, ct) => ListAsync(member, account, regions, filter, ct));
                }
            }
        }

        private async Task<OSAccessSession[]> ListAsync(AwsSession session, string account, IReadOnlyList<string> regions, SessionFilter filter, CancellationToken ct)
        {
            var found = await SessionLister.ListAsync(region => session.InRegion(region, "-SessionRegion").Ssm(), regions, account, History.IsPresent, ct)
                .ConfigureAwait(false);
            return found
                .Where(s => filter.UserNames == null || filter.UserNames.Contains(s.UserName, StringComparer.OrdinalIgnoreCase))
                .Where(s => filter.Targets == null || filter.Targets.Contains(s.Target, StringComparer.OrdinalIgnoreCase))
                .Select(OSAccessSession.From)
                .ToArray();
        }

        /// <summary>-UserName and -Target as one input record bound them.</summary>
        private sealed class SessionFilter
        {
            public SessionFilter(string[]? userNames, string[]? targets)
            {
                UserNames = userNames;
                Targets = targets;
            }

            public string[]? UserNames { get; }

            public string[]? Targets { get; }
        }
    }
}
