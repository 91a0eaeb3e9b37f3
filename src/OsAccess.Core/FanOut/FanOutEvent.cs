namespace OsAccess.Core.FanOut
{
    /// <summary>An account's unit of work began or ended, with the progress of the whole fan-out at that moment.</summary>
    public sealed class FanOutEvent<T>
    {
        internal FanOutEvent(FanOutEventKind kind, string accountId, AccountResult<T>? result, FanOutProgress progress)
        {
            Kind = kind;
            AccountId = accountId;
            Result = result;
            Progress = progress;
        }

        public FanOutEventKind Kind { get; }

        public string AccountId { get; }

        /// <summary>The account's result for <see cref="FanOutEventKind.Completed"/>; null for <see cref="FanOutEventKind.Started"/>.</summary>
        public AccountResult<T>? Result { get; }

        public FanOutProgress Progress { get; }
    }
}
