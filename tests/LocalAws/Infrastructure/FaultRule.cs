namespace LocalAws.Infrastructure;

/// <summary>
/// One injected fault. Service and Operation narrow where it applies (null means every one);
/// Rate is the chance that a matching call is hit; Count, when set, is how many calls it hits in all
/// (a burst), after which the rule stops firing.
/// </summary>
public sealed class FaultRule
{
    public FaultKind Kind { get; set; }
    public string? Service { get; set; }
    public string? Operation { get; set; }
    public double Rate { get; set; } = 1.0;
    public int? Count { get; set; }
    public int LatencyMs { get; set; }
    public int JitterMs { get; set; }
    public int DelaySeconds { get; set; }

    internal bool Matches(string service, string operation) =>
        (Service is null || string.Equals(Service, service, System.StringComparison.OrdinalIgnoreCase)) &&
        (Operation is null || string.Equals(Operation, operation, System.StringComparison.OrdinalIgnoreCase));
}
