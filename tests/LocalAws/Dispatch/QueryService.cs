using System;
using System.Collections.Generic;
using System.Xml.Linq;
using LocalAws.Protocol;

namespace LocalAws.Dispatch;

/// <summary>A service spoken in the AWS Query protocol (form-encoded request, XML answer): IAM, STS.</summary>
public abstract class QueryService
{
    private readonly Dictionary<string, Func<ServiceCall, XElement?>> operations = new(StringComparer.Ordinal);

    public abstract string Name { get; }
    public abstract XNamespace Namespace { get; }

    protected void Register(string operation, Func<ServiceCall, XElement?> handler) => operations[operation] = handler;

    public bool Has(string operation) => operations.ContainsKey(operation);

    public XElement? Invoke(string operation, ServiceCall call) =>
        operations.TryGetValue(operation, out var handler) ? handler(call) : throw Errors.InvalidAction(operation);
}
