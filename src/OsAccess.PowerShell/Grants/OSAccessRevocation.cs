namespace OsAccess.PowerShell.Grants
{
    /// <summary>What Revoke-OSAccess did for one grant in one of its accounts.</summary>
    public sealed class OSAccessRevocation
    {
        public string GrantId { get; set; } = string.Empty;

        public string UserName { get; set; } = string.Empty;

        public string AccountId { get; set; } = string.Empty;

        /// <summary>The grant's policy was detached and deleted: no new role sessions from it.</summary>
        public bool GrantRemoved { get; set; }

        /// <summary>The person's role credentials issued before the revocation are denied in this account (-EndSessions).</summary>
        public bool CredentialsDenied { get; set; }

        /// <summary>The person's Session Manager sessions terminated in this account (-EndSessions).</summary>
        public string[] SessionsEnded { get; set; } = new string[0];
    }
}
