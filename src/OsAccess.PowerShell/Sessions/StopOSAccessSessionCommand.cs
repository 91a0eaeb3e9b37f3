using System.Management.Automation;
using System.Threading.Tasks;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;

namespace OsAccess.PowerShell.Sessions
{
    /// <summary>
    /// Ends Session Manager sessions, as piped from Get-OSAccessSession (AccountId, Region, SessionId), each in its
    /// account (through -CrossAccountRoleName unless it is the caller's own) and region (-Region binds from the session's).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "OSAccessSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class StopOSAccessSessionCommand : OsAccessWriteCmdlet
    {
        private string? callerAccount;

        /// <summary>The session to end; binds from Get-OSAccessSession's output.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string SessionId { get; set; } = string.Empty;

        /// <summary>The account the session is in. Default: the caller's own.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Account")]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string? AccountId { get; set; }

        protected override void ProcessAwsRecord()
        {
            callerAccount ??= Run(async ct =>
            {
                using var sts = Session.Sts();
                return (await sts.GetCallerIdentityAsync(ct).ConfigureAwait(false)).Account;
            });
            var account = AccountId ?? callerAccount;
            var region = Session.Region; // -Region, which binds from Get-OSAccessSession's Region
            if (!ShouldProcess($"account {account}, {region}: session {SessionId}", "Terminate the session")) return;
            var session = account == callerAccount ? Session : MemberSession(account);
            var id = SessionId;
            Run(async ct =>
            {
                using var ssm = session.Ssm();
                await ssm.TerminateSessionAsync(id, ct).ConfigureAwait(false);
                return true;
            });
            WriteVerbose($"Terminated session {id} in account {account}, {region}.");
        }
    }
}
