using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace LocalAws.State;

/// <summary>A Run Command command sent by SendCommand.</summary>
public sealed class SsmCommand
{
    public required string CommandId { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public required string DocumentName { get; init; }
    public required IReadOnlyList<string> InstanceIds { get; init; }
    public JsonArray? Targets { get; init; }
    public JsonObject? Parameters { get; init; }
    public string? Comment { get; init; }
    public required string RequestedBy { get; init; }
    public DateTimeOffset RequestedDateTime { get; init; }
    public int TimeoutSeconds { get; init; } = 3600;
    public string MaxConcurrency { get; init; } = "50";
    public string MaxErrors { get; init; } = "0";
}
