namespace OsAccess.Core.Requests
{
    /// <summary>Where a request for access stands: waiting for an approver, decided, withdrawn, or past its window undecided.</summary>
    public enum AccessRequestStatus
    {
        Pending,
        Approved,
        Denied,
        Expired,
        Cancelled,
    }
}
