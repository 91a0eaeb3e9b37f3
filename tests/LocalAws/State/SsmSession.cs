using System;

namespace LocalAws.State;

/// <summary>A Session Manager session started by StartSession.</summary>
public sealed class SsmSession
{
    public required string SessionId { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public required string Target { get; init; }
    public required string DocumentName { get; init; }
    public required string Owner { get; init; }
    /// <summary>aws:userid of the starter; AWS tags the session with it (aws:ssmmessages:session-id).</summary>
    public required string OwnerUserId { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset StartDate { get; init; }
    public DateTimeOffset? EndDate { get; set; }
    public string Status { get; set; } = "Connected";

    public bool IsActive => EndDate is null;
    public string Arn => $"arn:aws:ssm:{Region}:{AccountId}:session/{SessionId}";
}
