namespace OsAccess.Workflows.Scp
{
    /// <summary>
    /// Why the guardrail cannot be attached to one target, found before anything is written: the target is not in the
    /// organization, or it already holds as many SCPs as AWS allows.
    /// </summary>
    public sealed class ScpTargetProblem
    {
        public const string NotFoundId = "ScpTargetNotFound";
        public const string FullId = "ScpTargetFull";

        public ScpTargetProblem(string targetId, string errorId, string message)
        {
            TargetId = targetId;
            ErrorId = errorId;
            Message = message;
        }

        public string TargetId { get; }

        /// <summary><see cref="NotFoundId"/> or <see cref="FullId"/>.</summary>
        public string ErrorId { get; }

        /// <summary>What is wrong and what to do, naming the target.</summary>
        public string Message { get; }
    }
}
