using System;

namespace LocalAws.State;

/// <summary>A long-term IAM access key of a user.</summary>
public sealed class AccessKey
{
    public required string AccessKeyId { get; init; }
    public required string SecretAccessKey { get; init; }
    public required string AccountId { get; init; }
    public required string UserName { get; init; }
    public string Status { get; set; } = "Active";
    public DateTimeOffset CreateDate { get; init; }
}
