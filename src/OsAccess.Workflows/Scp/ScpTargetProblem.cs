namespace OsAccess.Workflows.Scp
{
    /// <summary>
    /// Why the guardrail cannot be attached to one target, found before anything is written: the target is not in the
    /// organization, or it already holds as many SCPs as AWS allows.
    /// </summary>
    public sealed class ScpTargetProblem
    {
        public ScpTargetProblem(string targetId, bool full, string message)
        {
            TargetId = targetId;
            Full = full;
            Message = message;
        }

        public string TargetId { get; }

        /// <summary>True when the target is full, false when the organization does not have it.</summary>
        public bool Full { get; }

        /// <summary>What is wrong and what to do, naming the target.</summary>
        public string Message { get; }
    }
}
