using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>An IAM group: inline and attached policies that count for each of its users.</summary>
public sealed class IamGroup : IamPrincipal
{
    public HashSet<string> UserNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public override string Arn => $"arn:aws:iam::{AccountId}:group{Path}{Name}";
}
