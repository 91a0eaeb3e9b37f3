using System;
using System.Collections.Generic;
using System.Linq;
using LocalAws.Authorization;

namespace LocalAws.Tests.Support;

/// <summary>Records every authorisation request; decides with <see cref="Decide"/>, or else with the inner authoriser.</summary>
public sealed class ScriptedAuthorizer : IAuthorizer
{
    private readonly IAuthorizer inner;

    public ScriptedAuthorizer(IAuthorizer inner) => this.inner = inner;

    private readonly object gate = new();
    private readonly List<AuthorizationRequest> requests = new();

    public Func<AuthorizationRequest, AuthorizationDecision>? Decide { get; set; }

    public AuthorizationDecision Authorize(AuthorizationRequest request)
    {
        lock (gate) { requests.Add(request); }
        return Decide?.Invoke(request) ?? inner.Authorize(request);
    }

    public IReadOnlyList<AuthorizationRequest> Requests
    {
        get { lock (gate) { return requests.ToList(); } }
    }

    public AuthorizationRequest Last(string action) => Requests.Last(r => r.Action == action);

    public void Clear()
    {
        lock (gate) { requests.Clear(); }
        Decide = null;
    }
}
