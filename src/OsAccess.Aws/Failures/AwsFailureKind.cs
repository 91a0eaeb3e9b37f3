namespace OsAccess.Aws.Failures
{
    /// <summary>What kind of failure an AWS call ended in, as far as deciding what to do next goes.</summary>
    public enum AwsFailureKind
    {
        /// <summary>Nothing below says what it is.</summary>
        Other,

        /// <summary>The caller may not do this (AccessDenied, UnauthorizedOperation, …).</summary>
        AccessDenied,

        /// <summary>AWS does not accept the credentials: unknown key, bad signature, expired token.</summary>
        Unauthenticated,

        /// <summary>What the call names does not exist (NoSuchEntity, …NotFoundException).</summary>
        NotFound,

        /// <summary>The input is wrong, as AWS says (ValidationError, MalformedPolicyDocument, …) or as OsAccess finds before calling.</summary>
        Validation,

        /// <summary>What the call would create exists already (EntityAlreadyExists, Duplicate…).</summary>
        AlreadyExists,

        /// <summary>Too many requests: try again later, slower.</summary>
        Throttled,

        /// <summary>Someone else changed the same thing at the same moment: try again.</summary>
        ConcurrentModification,

        /// <summary>A quota is full (LimitExceeded, …LimitExceededException): waiting will not help.</summary>
        LimitExceeded,

        /// <summary>A call that follows a write kept failing for as long as the write was given to propagate.</summary>
        EventualConsistency,

        /// <summary>The service failed (HTTP 5xx).</summary>
        Unavailable,

        /// <summary>The service could not be reached, or the connection broke or timed out.</summary>
        Connection,
    }
}
