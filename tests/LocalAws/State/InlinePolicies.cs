using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>Inline policies of a user or role, by name (names compare case-insensitively).</summary>
public sealed class InlinePolicies : SortedDictionary<string, string>
{
    public InlinePolicies() : base(StringComparer.OrdinalIgnoreCase) { }
}
