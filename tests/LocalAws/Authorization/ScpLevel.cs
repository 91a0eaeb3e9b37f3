using System.Collections.Generic;

namespace LocalAws.Authorization;

/// <summary>The SCPs attached to one level of an account's org path: the root, an OU, or the account.</summary>
public sealed record ScpLevel(string Target, IReadOnlyList<string> Policies);
