using System;
using System.Collections.Generic;
using System.Xml.Linq;
using LocalAws.Protocol;

namespace LocalAws.Dispatch;

/// <summary>A service spoken in the AWS Query protocol (form-encoded request, XML answer): IAM, STS, and EC2's variant of it.</summary>
public abstract class QueryService
{
    private readonly Dictionary<string, Func<ServiceCall, XElement?>> operations = new(StringComparer.Ordinal);

    public abstract string Name { get; }
    public abstract XNamespace Namespace { get; }

    protected void Register(string operation, Func<ServiceCall, XElement?> handler) => operations[operation] = handler;

    public bool Has(string operation) => operations.ContainsKey(operation);

    /// <summary>The error code of a refused authorisation: AccessDenied (IAM, STS), UnauthorizedOperation (EC2).</summary>
    public virtual string AccessDeniedCode => "AccessDenied";

    /// <summary>The XML of an answer: &lt;OpResponse&gt;&lt;OpResult&gt;…&lt;/OpResult&gt;&lt;ResponseMetadata&gt;… for IAM and STS.</summary>
    public virtual string Success(string operation, XElement? result, string requestId) => QueryResponse.Success(Namespace, operation, result, requestId);

    /// <summary>The XML of an error: &lt;ErrorResponse&gt;&lt;Error&gt;… for IAM and STS.</summary>
    public virtual string Error(AwsException error, string requestId) => QueryResponse.Error(Namespace, error, requestId);

    public XElement? Invoke(string operation, ServiceCall call) =>
        operations.TryGetValue(operation, out var handler) ? handler(call) : throw Errors.InvalidAction(operation);
}
