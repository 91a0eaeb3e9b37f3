using System;

namespace LocalAws.State;

public sealed class CreateAccountStatus
{
    public required string Id { get; init; }
    public required string AccountName { get; init; }
    public required string AccountId { get; init; }
    public string State { get; init; } = "SUCCEEDED";
    public DateTimeOffset RequestedTimestamp { get; init; }
    public DateTimeOffset CompletedTimestamp { get; init; }
}
