using System;
using System.Text.Json.Nodes;

namespace LocalAws.State;

/// <summary>A State Manager association made by CreateAssociation.</summary>
public sealed class SsmAssociation
{
    public required string AssociationId { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public required string Name { get; init; }
    public string? InstanceId { get; init; }
    public JsonArray? Targets { get; init; }
    public JsonObject? Parameters { get; init; }
    public string? AssociationName { get; init; }
    public string? ScheduleExpression { get; init; }
    public DateTimeOffset Date { get; init; }
}
