using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>A statement that matched the action, resource and principal but not its conditions, as an explanation shows it.</summary>
    internal sealed class UnmetStatement
    {
        public UnmetStatement(PolicyKind kind, string? target, PolicyEffect effect, string place, IReadOnlyList<string> conditions)
        {
            Kind = kind;
            Target = target;
            Effect = effect;
            Place = place;
            Conditions = conditions;
        }

        public PolicyKind Kind { get; }

        /// <summary>For SCPs and RCPs, the root, OU or account the policy is attached to.</summary>
        public string? Target { get; }

        public PolicyEffect Effect { get; }

        /// <summary>Which statement, in words (<see cref="MatchedStatement.Place"/>).</summary>
        public string Place { get; }

        /// <summary>Each unmet condition with the values it compared.</summary>
        public IReadOnlyList<string> Conditions { get; }
    }
}
