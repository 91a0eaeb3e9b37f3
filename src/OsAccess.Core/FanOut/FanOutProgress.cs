namespace OsAccess.Core.FanOut
{
    /// <summary>How far a fan-out is, as of one event: accounts done, accounts posted so far, units running.</summary>
    public readonly struct FanOutProgress
    {
        public FanOutProgress(int completed, int total, int running)
        {
            Completed = completed;
            Total = total;
            Running = running;
        }

        public int Completed { get; }

        /// <summary>Accounts posted so far: it grows while accounts still arrive, and is final once the fan-out is complete.</summary>
        public int Total { get; }

        public int Running { get; }

        /// <summary>0–100, for a progress bar.</summary>
        public int PercentComplete => Total == 0 ? 0 : (int)(Completed * 100L / Total);
    }
}
