namespace OsAccess.Core.Requests
{
    /// <summary>What an approver decided.</summary>
    public enum AccessRequestDecision
    {
        Approved,
        Denied,
    }
}
