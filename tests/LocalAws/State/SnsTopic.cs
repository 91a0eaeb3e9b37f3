using System;

namespace LocalAws.State;

/// <summary>An SNS standard topic: its ARN (arn:aws:sns:region:account:name) and when it was made.</summary>
public sealed class SnsTopic
{
    public required string Arn { get; init; }
    public required string Name { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
