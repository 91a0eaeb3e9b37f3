namespace LocalAws.Infrastructure;

public enum FaultKind
{
    /// <summary>Answer with the service's throttling error ("Rate exceeded").</summary>
    Throttle,
    /// <summary>Answer with HTTP 500 InternalFailure / InternalServerError.</summary>
    ServerError,
    /// <summary>Delay the answer by LatencyMs plus up to JitterMs.</summary>
    Latency,
    /// <summary>IAM writes become visible only DelaySeconds (emulator clock) later.</summary>
    ConsistencyDelay,
}
