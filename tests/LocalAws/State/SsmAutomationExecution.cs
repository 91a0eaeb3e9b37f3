using System;
using System.Text.Json.Nodes;

namespace LocalAws.State;

/// <summary>An Automation runbook execution started by StartAutomationExecution.</summary>
public sealed class SsmAutomationExecution
{
    public required string AutomationExecutionId { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public required string DocumentName { get; init; }
    public JsonObject? Parameters { get; init; }
    public required string ExecutedBy { get; init; }
    public DateTimeOffset StartTime { get; init; }
}
