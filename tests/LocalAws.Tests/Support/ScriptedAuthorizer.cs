using System;
using System.Collections.Generic;
using System.Linq;
using LocalAws.Authorization;

namespace LocalAws.Tests.Support;

/// <summary>Records every authorisation request; decides with <see cref="Decide"/>, or else with the inner authoriser.</summary>
public sealed class ScriptedAuthorizer : IAuthorizer
{
    private readonly IAuthorizer _inner;

    public ScriptedAuthorizer(IAuthorizer inner) => _inner = inner;

    private readonly object _gate = new();
    private readonly List<AuthorizationRequest> _requests = new();

    public Func<AuthorizationRequest, AuthorizationDecision>? Decide { get; set; }

    public AuthorizationDecision Authorize(AuthorizationRequest request)
    {
        lock (_gate) { _requests.Add(request); }
        return Decide?.Invoke(request) ?? _inner.Authorize(request);
    }

    public IReadOnlyList<AuthorizationRequest> Requests
    {
        get { lock (_gate) { return _requests.ToList(); } }
    }

    public AuthorizationRequest Last(string action) => Requests.Last(r => r.Action == action);

    public void Clear()
    {
        lock (_gate) { _requests.Clear(); }
        Decide = null;
    }
}
