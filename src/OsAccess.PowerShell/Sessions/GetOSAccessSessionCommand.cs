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
        [Alias("Id")]
        [ValidateAccountId]
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

        /// <summary>Only the sessions of these people (the role session name, or the IAM user name).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? UserName { get; set; }

        /// <summary>Only the sessions on these instances or managed nodes.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
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
            foreach (var account in accounts)
            {
                if (account == callerAccount)
                {
                    WriteObject(Run(ct => ListAsync(Session, account, regions, ct)), enumerateCollection: true);
                }
                else
                {
                    PostToMemberAccount(account, (member, ct) => ListAsync(member, account, regions, ct));
                }
            }
        }

        private async Task<OSAccessSession[]> ListAsync(AwsSession session, string account, IReadOnlyList<string> regions, CancellationToken ct)
        {
            var found = await SessionLister.ListAsync(region => session.InRegion(region, "-SessionRegion").Ssm(), regions, account, History.IsPresent, ct)
                .ConfigureAwait(false);
            return found
                .Where(s => UserName == null || UserName.Contains(s.UserName, StringComparer.OrdinalIgnoreCase))
                .Where(s => Target == null || Target.Contains(s.Target, StringComparer.OrdinalIgnoreCase))
                .Select(OSAccessSession.From)
                .ToArray();
        }
    }
}
