using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using LocalAws.Protocol;

namespace LocalAws.Dispatch;

/// <summary>A service spoken in AWS JSON 1.1 (X-Amz-Target names the operation): Organizations, SSM, EC2 Instance Connect.</summary>
public abstract class JsonService
{
    private readonly Dictionary<string, Func<ServiceCall, JsonObject>> operations = new(StringComparer.Ordinal);

    public abstract string Name { get; }
    public abstract string TargetPrefix { get; }
    public abstract string ValidationErrorCode { get; }

    /// <summary>The error code of a refused authorisation.</summary>
    public virtual string AccessDeniedCode => "AccessDeniedException";

    protected void Register(string operation, Func<ServiceCall, JsonObject> handler) => operations[operation] = handler;

    public bool Has(string operation) => operations.ContainsKey(operation);

    public JsonObject Invoke(string operation, ServiceCall call) =>
        operations.TryGetValue(operation, out var handler)
            ? handler(call)
            : throw Errors.Json("UnknownOperationException", $"Unknown operation {operation}");
}
