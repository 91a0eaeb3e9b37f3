namespace OsAccess.Core.FanOut
{
    public enum FanOutEventKind
    {
        /// <summary>An account's unit of work has begun.</summary>
        Started,

        /// <summary>An account's unit of work has ended, in success or failure; the event carries its result.</summary>
        Completed,
    }
}
