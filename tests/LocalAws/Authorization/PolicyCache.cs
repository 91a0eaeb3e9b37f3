using System.Collections.Concurrent;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Policy;

namespace LocalAws.Authorization;

/// <summary>Compiles each distinct policy text once. Text that does not parse compiles to null and is ignored.</summary>
public sealed class PolicyCache
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, CompiledPolicy?> compiled = new();

    public CompiledPolicy? Get(string text)
    {
        if (compiled.TryGetValue(text, out var policy)) return policy;
        if (compiled.Count >= MaxEntries) compiled.Clear();
        try
        {
            policy = CompiledPolicy.Parse(text, "policy");
        }
        catch (PolicyParseException)
        {
            policy = null;
        }
        return compiled[text] = policy;
    }
}
