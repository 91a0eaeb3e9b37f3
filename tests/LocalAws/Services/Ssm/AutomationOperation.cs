using System;
using System.Text.Json.Nodes;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>StartAutomationExecution: authorised on the runbook's automation definition (e.g. AWSSupport-ResetAccess).</summary>
public static class AutomationOperation
{
    public static JsonObject StartAutomationExecution(ServiceCall call)
    {
        string document = SsmDocuments.NameOf(call.Json.Required("DocumentName"));
        call.Demand("ssm:StartAutomationExecution", SsmDocuments.AutomationDefinitionArn(document, call.Region, call.Caller.AccountId));
        if (!SsmDocuments.Exists(document, SsmDocuments.Type.Automation))
            throw Errors.Json("AutomationDefinitionNotFoundException", $"No automation document found with name: {document}");
        var execution = new SsmAutomationExecution
        {
            AutomationExecutionId = Guid.NewGuid().ToString(), AccountId = call.Caller.AccountId, Region = call.Region, DocumentName = document,
            Parameters = call.Json.Body["Parameters"]?.DeepClone() as JsonObject, ExecutedBy = call.Caller.Arn, StartTime = call.Now,
        };
        call.World.AutomationExecutions[execution.AutomationExecutionId] = execution;
        return new JsonObject { ["AutomationExecutionId"] = execution.AutomationExecutionId };
    }
}
