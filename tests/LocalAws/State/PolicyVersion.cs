using System;

namespace LocalAws.State;

public sealed class PolicyVersion
{
    public required string VersionId { get; init; }
    public required string Document { get; init; }
    public DateTimeOffset CreateDate { get; init; }
}
