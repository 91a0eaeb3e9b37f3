using System;

namespace LocalAws.State;

public sealed class OrgAccount
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string ParentId { get; set; }
    public string Status { get; set; } = "ACTIVE";
    public string JoinedMethod { get; init; } = "CREATED";
    public DateTimeOffset JoinedTimestamp { get; init; }
    public Tags Tags { get; } = new();
}
