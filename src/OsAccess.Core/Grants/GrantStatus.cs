namespace OsAccess.Core.Grants
{
    /// <summary>Where a grant stands at an instant: not open yet, open, over; or, for access outside OsAccess's grants, always open.</summary>
    public enum GrantStatus
    {
        Pending,
        Active,
        Expired,
        Standing,
    }
}
