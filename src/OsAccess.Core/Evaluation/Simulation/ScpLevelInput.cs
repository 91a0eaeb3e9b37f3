using System.Collections.Generic;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>One level of the organization path as JSON texts: the root, an OU or the account, and the SCPs attached there.</summary>
    public sealed class ScpLevelInput
    {
        public ScpLevelInput(string target, IReadOnlyList<string> policies)
        {
            Target = target;
            Policies = policies;
        }

        public string Target { get; }

        public IReadOnlyList<string> Policies { get; }
    }
}
