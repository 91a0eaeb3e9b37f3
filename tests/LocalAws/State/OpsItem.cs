using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>A Systems Manager OpsCenter work item. AWS records who created and last changed it; its tags are kept with it.</summary>
public sealed class OpsItem
{
    public required string OpsItemId { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Source { get; init; }
    public string? Category { get; init; }
    public string? Severity { get; init; }
    public int? Priority { get; init; }
    public string OpsItemType { get; init; } = "/aws/issue";
    public string Status { get; set; } = "Open";
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedTime { get; init; }
    public required string LastModifiedBy { get; set; }
    public DateTimeOffset LastModifiedTime { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>Key to (Type, Value); Type is SearchableString or String.</summary>
    public Dictionary<string, (string Type, string Value)> OperationalData { get; } = new(StringComparer.Ordinal);
    public List<string> Notifications { get; } = new();
    public Tags Tags { get; } = new();

    public string Arn => $"arn:aws:ssm:{Region}:{AccountId}:opsitem/{OpsItemId}";
}
