using System.Collections.Generic;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>One level of an account's path, the root, an OU or the account itself, with the SCPs attached there.</summary>
    public sealed class ScpLevel
    {
        public ScpLevel(string targetId, string name, IReadOnlyList<ServiceControlPolicy> policies)
        {
            TargetId = targetId;
            Name = name;
            Policies = policies;
        }

        /// <summary><c>r-…</c>, <c>ou-…</c> or the account id.</summary>
        public string TargetId { get; }

        public string Name { get; }

        public IReadOnlyList<ServiceControlPolicy> Policies { get; }

        public override string ToString() => Name == TargetId ? Name : $"{Name} ({TargetId})";
    }
}
