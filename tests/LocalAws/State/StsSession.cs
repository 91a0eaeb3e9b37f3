using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>Temporary credentials issued by AssumeRole, and the role session they stand for.</summary>
public sealed class StsSession
{
    public required string AccessKeyId { get; init; }
    public required string SecretAccessKey { get; init; }
    public required string SessionToken { get; init; }
    public required string AccountId { get; init; }
    public required string RoleName { get; init; }
    public required string RoleArn { get; init; }
    public required string RoleId { get; init; }
    public required string SessionName { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset Expiration { get; init; }
    public string? SourceIdentity { get; init; }
    public string? SessionPolicy { get; init; }
    public IReadOnlyList<string> SessionPolicyArns { get; init; } = Array.Empty<string>();
    public Tags SessionTags { get; init; } = new();
    /// <summary>Session tags that pass on to sessions assumed with these credentials (role chaining).</summary>
    public IReadOnlyList<string> TransitiveTagKeys { get; init; } = Array.Empty<string>();

    public string Arn => $"arn:aws:sts::{AccountId}:assumed-role/{RoleName}/{SessionName}";
    public string UserId => $"{RoleId}:{SessionName}";
}
