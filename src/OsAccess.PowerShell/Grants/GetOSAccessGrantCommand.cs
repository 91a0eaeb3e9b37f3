using System;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Grants;

namespace OsAccess.PowerShell.Grants
{
    /// <summary>
    /// Lists the grants in the hub, read from the pages of one GetAccountAuthorizationDetails walk (docs/grants.md), filtered
    /// by person, account, status and grant id; with -IncludeUnmanaged, also the access to the role other policies give.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSAccessGrant")]
    [OutputType(typeof(OSAccessGrant))]
    public sealed class GetOSAccessGrantCommand : OsAccessAwsCmdlet
    {
        /// <summary>Only this person's grants; binds from Get-IAMUser's UserName.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HubUserNameCompleter))]
        public string[]? UserName { get; set; }

        /// <summary>Only grants that cover one of these accounts.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "Account")]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string[]? AccountId { get; set; }

        /// <summary>Only grants in this state now.</summary>
        [Parameter]
        public GrantStatus[]? Status { get; set; }

        /// <summary>Only these grants.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? GrantId { get; set; }

        /// <summary>
        /// Also who can assume the role outside OsAccess's grants, decided by the engine over each hub user's policies
        /// (docs/grants.md): Managed is false on those.
        /// </summary>
        [Parameter]
        public SwitchParameter IncludeUnmanaged { get; set; }

        /// <summary>The role -IncludeUnmanaged asks about. Default: OSAccess.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = GuardrailScpOptions.OsAccessRoleName;

        /// <summary>The hub account, when it is not the caller's own: reached through -CrossAccountRoleName.</summary>
        [Parameter]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string? HubAccountId { get; set; }

        protected override void ProcessAwsRecord()
        {
            var snapshot = Run(async ct =>
            {
                var hub = await HubReach.ResolveAsync(Session, HubAccountId, MemberSession, ct).ConfigureAwait(false);
                using var iam = hub.Hub.Iam();
                return await GrantReader.ReadAsync(iam, ct, everyPolicy: IncludeUnmanaged).ConfigureAwait(false);
            });
            var now = SystemClock.Instance.UtcNow;
            var grants = snapshot.Grants.Select(g => OSAccessGrant.From(g, now));
            if (IncludeUnmanaged)
            {
                grants = grants.Concat(new UnmanagedAccessReader(snapshot).Find(RoleName, AccountId, now).Select(a => OSAccessGrant.From(a, RoleName, now)));
            }
            foreach (var grant in grants.Where(Wanted).OrderBy(g => g.UserName).ThenBy(g => !g.Managed).ThenBy(g => g.NotBefore))
            {
                WriteObject(grant);
            }
        }

        private bool Wanted(OSAccessGrant grant) =>
            (UserName == null || UserName.Contains(grant.UserName, StringComparer.OrdinalIgnoreCase))
            && (AccountId == null || grant.AccountId.Length == 0 || grant.AccountId.Any(AccountId.Contains))
            && (Status == null || Status.Contains(grant.Status))
            && (GrantId == null || GrantId.Contains(grant.GrantId, StringComparer.OrdinalIgnoreCase));
    }
}
