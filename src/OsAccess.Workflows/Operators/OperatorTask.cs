namespace OsAccess.Workflows.Operators
{
    /// <summary>A kind of work an operator does with OsAccess; each has its own least-privilege policy (docs/operator-policy.md).</summary>
    public enum OperatorTask
    {
        /// <summary>Publish-, Test- and Unpublish-OSAccessScp and -OSAccessRole: the guardrail and the member roles.</summary>
        Publish,

        /// <summary>Grant-OSAccess and Get-OSAccessGrant in the hub.</summary>
        Grant,

        /// <summary>Every read: Test-OSAccessScp, Test-OSAccessRole, Get-OSAccessGrant -IncludeUnmanaged, Get-OSAccessSession, Get-OSAccessRequest.</summary>
        Audit,

        /// <summary>Revoke-OSAccess (-EndSessions, -Expired), Get-OSAccessGrant, Get-OSAccessSession and Stop-OSAccessSession.</summary>
        Revoke,

        /// <summary>A person asking for access: Request-OSAccess, Get-OSAccessRequest -Mine, Stop-OSAccessRequest, in their own name only.</summary>
        Request,

        /// <summary>An approver: Get-OSAccessRequest, Approve- and Deny-OSAccessRequest, and asking and withdrawing in their own name.</summary>
        Approve,
    }
}
